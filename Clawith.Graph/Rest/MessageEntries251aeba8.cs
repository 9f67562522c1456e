using System.Text.Json;
using System.Text.Json.Nodes;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith 251aeba8's message entries (RULES M7–M10): every entry opens with the message's id, role, content, created_at and
/// cursor; then its runtime_error, a tool call's fields, thinking, sender_name and participant_id where it has them. An a2a
/// reply with inline tool blocks becomes one entry per part, each repeating the message's id, created_at and cursor.
/// Key order is Clawith's (Python keeps a dict's insertion order).
/// </summary>
public static class MessageEntries251aeba8
{
    public static IEnumerable<JsonObject> Of(MessageInSession node, string? senderName, JsonObject? runtimeError)
    {
        var message = node.Message;
        if (SplitsInlineTools(node))
            return InlineToolBlocks.Split(message.Content)
                .Select(part => MessageEntries.WithSender(Stamped(MessageEntries.PartEntry(node, part), message), senderName, message.ParticipantId));
        var entry = Base(message);
        if (runtimeError is not null)
            entry["runtime_error"] = runtimeError;
        if (message.Role == ChatRole.ToolCall)
            SpreadToolCall(entry, message.Content);
        if (!string.IsNullOrEmpty(message.Thinking))
            entry["thinking"] = message.Thinking;
        return [MessageEntries.WithSender(entry, senderName, message.ParticipantId)];
    }

    /// <summary>M10: 251aeba8 splits by session_type (an a2a session), not by channel as 225b36fd did.</summary>
    private static bool SplitsInlineTools(MessageInSession node) =>
        node.Session.SessionType == SessionTypes.AgentToAgent
        && node.Message.Role == ChatRole.Assistant
        && node.Message.Content.Contains(InlineToolBlocks.Marker, StringComparison.Ordinal);

    /// <summary>A whole message's entry: its id first.</summary>
    private static JsonObject Base(ChatMessage message) => new()
    {
        ["id"] = message.Id.ToString(),
        ["role"] = message.RoleLabel,
        ["content"] = message.Content,
        ["created_at"] = RestTimestamps.IsoFormat(message.CreatedAt),
        ["cursor"] = MessageCursor.Of(message),
    };

    /// <summary>A part's entry: the message's id, created_at and cursor after the part's own keys.</summary>
    private static JsonObject Stamped(JsonObject part, ChatMessage message)
    {
        part["id"] = message.Id.ToString();
        part["created_at"] = RestTimestamps.IsoFormat(message.CreatedAt);
        part["cursor"] = MessageCursor.Of(message);
        return part;
    }

    /// <summary>
    /// M9: a tool_call whose content is a JSON object reads as 225b36fd's call (<see cref="ToolCallContent"/>) with Clawith's runtime
    /// names as fallbacks (tool_name, arguments, by Python's <c>or</c>), its reasoning (toolThinking) and its call id; other content stays.
    /// </summary>
    private static void SpreadToolCall(JsonObject entry, string content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return;
            var call = ToolCallContent.Of(root);
            entry["content"] = "";
            entry["toolName"] = call.Name.Length > 0 ? call.Name : ToolCallContent.Text(root, "tool_name") ?? "";
            entry["toolArgs"] = MessageEntries.Node(IsTruthy(call.Arguments) ? call.Arguments : ToolCallContent.Value(root, "arguments"));
            entry["toolStatus"] = call.Status;
            entry["toolResult"] = MessageEntries.Node(call.Result);
            // data.get("reasoning_content", ""): a null stored is a null answered.
            entry["toolThinking"] = root.TryGetProperty("reasoning_content", out var reasoning) ? MessageEntries.Node(reasoning.Clone()) : "";
            var callId = ToolCallContent.Value(root, "tool_call_id");
            entry["toolCallId"] = IsTruthy(callId) ? MessageEntries.Node(callId) : "";
        }
    }

    /// <summary>Python's truth of a JSON value: null, false, 0, "", [] and {} are false.</summary>
    private static bool IsTruthy(JsonElement? value) => value switch
    {
        null => false,
        { ValueKind: JsonValueKind.Null or JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } number => number.GetDouble() != 0,
        { ValueKind: JsonValueKind.String } text => text.GetString()!.Length > 0,
        { ValueKind: JsonValueKind.Array } array => array.GetArrayLength() > 0,
        { ValueKind: JsonValueKind.Object } members => members.EnumerateObject().Any(),
        _ => true,
    };
}
