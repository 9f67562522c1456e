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
            return document.RootElement.ValueKind == JsonValueKind.Object ? Of(document.RootElement) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The call a JSON object holds (its values cloned, so they outlive the document).</summary>
    public static ToolCall Of(JsonElement root) => new(
        Text(root, "name") ?? "",
        Value(root, "args"),
        Text(root, "status") ?? ToolCall.DefaultStatus,
        Value(root, "result") ?? ToolCall.EmptyResult);

    /// <summary>The member <paramref name="name"/> of an object, cloned; null when it is missing or JSON null.</summary>
    public static JsonElement? Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    /// <summary>The member as text: a string's value, another value's JSON.</summary>
    public static string? Text(JsonElement root, string name) => Value(root, name) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
        null => null,
    };
}
