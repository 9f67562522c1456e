using System.Text.Json;

namespace Clawith.Graph.Messages;

/// <summary>
/// A tool_call message's content: the JSON object <c>{name, args, status, result}</c> Clawith stores.
/// Content that is not such an object is not a tool call, and stays text (as in Clawith's REST module).
/// </summary>
public static class ToolCallContent
{
    public static ToolCall? Parse(string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            return new ToolCall(
                Text(root, "name") ?? "",
                Value(root, "args"),
                Text(root, "status") ?? ToolCall.DefaultStatus,
                Value(root, "result") ?? ToolCall.EmptyResult);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    private static string? Text(JsonElement root, string name) => Value(root, name) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
        null => null,
    };
}
