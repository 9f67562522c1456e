using System.Text.Json;

namespace Clawith.Graph.Messages;

/// <summary>Plain text within a message.</summary>
public sealed record TextPart(string Text);

/// <summary>A tool the agent called, with its arguments and result as stored.</summary>
public sealed record ToolCall(string Name, JsonElement? Arguments, string Status, JsonElement? Result)
{
    public const string DefaultStatus = "done";

    /// <summary>Clawith's REST module reports a missing result as an empty string.</summary>
    public static JsonElement EmptyResult { get; } = JsonDocument.Parse("\"\"").RootElement.Clone();
}
