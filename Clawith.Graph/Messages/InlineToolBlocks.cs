using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clawith.Graph.Messages;

/// <summary>
/// Splits an agent-to-agent assistant message at its inline tool blocks — a <c>```tool_code</c> block
/// naming the tool, optionally followed by a <c>```json</c> block of arguments — into text and tool
/// parts in order, as Clawith's REST module's _split_inline_tools does.
/// </summary>
public static partial class InlineToolBlocks
{
    public const string Marker = "```tool_code";

    public static IReadOnlyList<object> Split(string content)
    {
        var parts = new List<object>();
        var consumed = 0;
        foreach (Match block in ToolBlock().Matches(content))
        {
            AddText(parts, content[consumed..block.Index]);
            // As Clawith's REST module's `if args_str:`, an empty json block means no arguments.
            var arguments = block.Groups[2].Value.Length > 0 ? ParseArguments(block.Groups[2].Value.Trim()) : (JsonElement?)null;
            parts.Add(new ToolCall(block.Groups[1].Value, arguments, ToolCall.DefaultStatus, ToolCall.EmptyResult));
            consumed = block.Index + block.Length;
        }
        AddText(parts, content[consumed..]);
        return parts.Count > 0 ? parts : [new TextPart(content)];
    }

    private static void AddText(List<object> parts, string text)
    {
        if (text.Trim() is { Length: > 0 } trimmed)
            parts.Add(new TextPart(trimmed));
    }

    /// <summary>Arguments that are not JSON are kept as <c>{"raw": text}</c>.</summary>
    private static JsonElement ParseArguments(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["raw"] = text });
        }
    }

    [GeneratedRegex(@"```tool_code\s*\n\s*(\w+)\s*\n```(?:\s*```json\s*\n(.*?)\n```)?", RegexOptions.Singleline)]
    private static partial Regex ToolBlock();
}
