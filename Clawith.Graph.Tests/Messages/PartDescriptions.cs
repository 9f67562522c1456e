using System.Text.Json;
using Clawith.Graph.Messages;

namespace Clawith.Graph.Tests.Messages;

internal static class PartDescriptions
{
    /// <summary>Each part as "text:&lt;text&gt;" or "tool:&lt;name&gt; &lt;compact JSON arguments or null&gt;".</summary>
    public static List<string> Describe(IReadOnlyList<object> parts) =>
    [
        .. parts.Select(part => part switch
        {
            TextPart text => $"text:{text.Text}",
            ToolCall call => $"tool:{call.Name} {(call.Arguments is { } args ? JsonSerializer.SerializeToNode(args)!.ToJsonString() : "null")}",
            _ => throw new InvalidOperationException($"Unexpected part {part}"),
        }),
    ];
}
