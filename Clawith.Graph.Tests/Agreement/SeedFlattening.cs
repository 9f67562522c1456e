using System.Text.Json.Nodes;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// GraphQL messages expanded into the entries Clawith's REST module's messages route returns, key for key:
/// a TOOL_CALL message is one entry (a ToolCall part gives content "" and toolName/toolArgs/toolStatus/
/// toolResult), an agent-to-agent ASSISTANT reply holding "```tool_code" is one entry per part (no
/// created_at, no thinking), anything else one entry with its text, created_at and thinking.
/// sender_name is the senderName; participant_id the sender's id, or the stored participant when the
/// sender row is gone (tool-call messages carry none, as in Clawith's REST module).
/// </summary>
public static class SeedFlattening
{
    /// <summary>The ChatMessage fields the expansion reads.</summary>
    public const string GraphFields = """
        id role content thinking createdAt sender { id } senderName
        parts { __typename ... on TextPart { text } ... on ToolCall { name arguments status result } }
        """;

    /// <param name="storedParticipant">The participant_id a message row holds, by message id.</param>
    public static IEnumerable<JsonObject> Expand(string sourceChannel, JsonArray messages, IReadOnlyDictionary<string, string?> storedParticipant)
    {
        foreach (var message in messages.Select(m => m!))
        {
            var role = ((string)message["role"]!).ToLowerInvariant();
            var content = (string)message["content"]!;
            var parts = message["parts"]!.AsArray().Select(p => p!).ToList();
            var senderName = (string?)message["senderName"];
            var participant = (string?)message["sender"]?["id"] ?? storedParticipant.GetValueOrDefault((string)message["id"]!);

            if (role == "tool_call")
            {
                var entry = parts is [{ } only] && (string?)only["__typename"] == "ToolCall"
                    ? ToolEntry(only, stored: true, message["createdAt"])
                    : TextEntry(role, parts, message["createdAt"]);
                yield return WithSender(entry, senderName, participant: null);
            }
            else if (sourceChannel == "agent" && role == "assistant" && content.Contains("```tool_code", StringComparison.Ordinal))
            {
                foreach (var part in parts)
                    yield return WithSender(
                        (string?)part["__typename"] == "ToolCall" ? ToolEntry(part, stored: false, createdAt: null) : new JsonObject { ["role"] = "assistant", ["content"] = part["text"]?.DeepClone() },
                        senderName, participant);
            }
            else
            {
                var entry = TextEntry(role, parts, message["createdAt"]);
                if (!string.IsNullOrEmpty((string?)message["thinking"]))
                    entry["thinking"] = message["thinking"]!.DeepClone();
                yield return WithSender(entry, senderName, participant);
            }
        }
    }

    /// <summary>A whole message as text: its one TextPart. Any other parts are kept, so the entry cannot match REST's.</summary>
    private static JsonObject TextEntry(string role, List<JsonNode> parts, JsonNode? createdAt)
    {
        var entry = new JsonObject { ["role"] = role };
        if (parts is [{ } only] && (string?)only["__typename"] == "TextPart")
            entry["content"] = only["text"]!.DeepClone();
        else
            entry["unexpected_parts"] = new JsonArray([.. parts.Select(p => p.DeepClone())]);
        entry["created_at"] = Wire.Instant(createdAt);
        return entry;
    }

    /// <summary>A tool call; a stored one has its created_at, an inline one none.</summary>
    private static JsonObject ToolEntry(JsonNode tool, bool stored, JsonNode? createdAt)
    {
        var entry = new JsonObject { ["role"] = "tool_call", ["content"] = "" };
        if (stored)
            entry["created_at"] = Wire.Instant(createdAt);
        entry["toolName"] = tool["name"]?.DeepClone();
        entry["toolArgs"] = tool["arguments"]?.DeepClone();
        entry["toolStatus"] = tool["status"]?.DeepClone();
        entry["toolResult"] = tool["result"]?.DeepClone();
        return entry;
    }

    private static JsonObject WithSender(JsonObject entry, string? senderName, string? participant)
    {
        if (!string.IsNullOrEmpty(senderName))
            entry["sender_name"] = senderName;
        if (participant is not null)
            entry["participant_id"] = Wire.Id(participant);
        return entry;
    }
}
