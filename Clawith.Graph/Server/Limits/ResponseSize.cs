using System.Collections;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// What a completed execution node adds to the answer, in bytes: its name (or, in a list, its comma),
/// its braces or brackets, and its value as UTF-8. JSON escapes are not counted, nor are the few bytes
/// of the errors: the count is for a budget, not for a Content-Length.
/// </summary>
public static class ResponseSize
{
    /// <summary>A value the writer hands to JsonSerializer (a float, a decimal): at most this long.</summary>
    private const int OtherScalar = 32;

    public static long Of(ExecutionNode node)
    {
        // "name": and a comma, or a comma between list items.
        long size = node.IndexInParentNode is null ? NameLength(node) + 4 : 1;
        return size + node switch
        {
            ValueExecutionNode value => Scalar(value.Result),
            ArrayExecutionNode { Items: null, SerializedResult: IEnumerable items } => 2 + Scalars(items),
            ObjectExecutionNode { SubFields: not null } or ArrayExecutionNode { Items: not null } => 2,
            _ => 4, // null
        };
    }

    private static int NameLength(ExecutionNode node) => node.Field?.Alias?.Name.Value.Length ?? node.FieldDefinition?.Name.Length ?? 0;

    private static int Digits(long number)
    {
        var digits = number < 0 ? 2 : 1;
        for (var rest = number / 10; rest != 0; rest /= 10)
            digits++;
        return digits;
    }

    private static long Scalars(IEnumerable items)
    {
        long size = 0;
        foreach (var item in items)
            size += Scalar(item) + 1;
        return size;
    }

    private static long Scalar(object? value) => value switch
    {
        null => 4,
        string text => Encoding.UTF8.GetByteCount(text) + 2,
        bool flag => flag ? 4 : 5,
        int number => Digits(number),
        long number => Digits(number),
        Guid => 38,
        JsonElement json => JsonMarshal.GetRawUtf8Value(json).Length,
        _ => OtherScalar,
    };
}
