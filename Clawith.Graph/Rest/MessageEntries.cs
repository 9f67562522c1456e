using System.Text.Json;
using System.Text.Json.Nodes;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith's REST module's flattened message list. Each stored message is one entry, except an agent-to-agent reply
/// with inline tool blocks, which becomes one entry per part. Which keys an entry carries depends on
/// its kind, exactly as in Clawith's REST module, so entries are built as JSON objects rather than one record.
/// </summary>
public static class MessageEntries
{
    /// <param name="senderName">The sender's name where Clawith's REST module shows one (agent-to-agent sessions), else null.</param>
    public static IEnumerable<JsonObject> Of(MessageInSession node, string? senderName)
    {
        var message = node.Message;
        // A stored tool call's entry carries its sender's name, but never thinking or participant_id,
        // even when its content is not a valid call.
        if (message.Role == ChatRole.ToolCall)
            return [WithSender(MessagePresentation.ToolCallOf(message) is { } call ? ToolEntry(call, CreatedAt(node)) : StoredEntry(node), senderName, participantId: null)];
        if (MessagePresentation.HasInlineTools(node))
            return MessagePresentation.PartsOf(node).Select(part => WithSender(PartEntry(node, part), senderName, message.ParticipantId));

        var entry = StoredEntry(node);
        if (!string.IsNullOrEmpty(message.Thinking))
            entry["thinking"] = message.Thinking;
        return [WithSender(entry, senderName, message.ParticipantId)];
    }

    /// <summary>One part of a split agent-to-agent reply: its text, or its tool call (without a created_at).</summary>
    public static JsonObject PartEntry(MessageInSession node, object part) =>
        part is ToolCall tool ? ToolEntry(tool, createdAt: null) : TextEntry(node, ((TextPart)part).Text);

    /// <summary>A tool call; a stored one keeps its created_at, an inline one has none.</summary>
    private static JsonObject ToolEntry(ToolCall call, JsonNode? createdAt)
    {
        var entry = new JsonObject { ["role"] = "tool_call", ["content"] = "" };
        if (createdAt is not null)
            entry["created_at"] = createdAt;
        entry["toolName"] = call.Name;
        entry["toolArgs"] = Node(call.Arguments);
        entry["toolStatus"] = call.Status;
        entry["toolResult"] = Node(call.Result);
        return entry;
    }

    private static JsonObject TextEntry(MessageInSession node, string text) => new() { ["role"] = RoleOf(node), ["content"] = text };

    private static JsonObject StoredEntry(MessageInSession node) =>
        new() { ["role"] = RoleOf(node), ["content"] = node.Message.Content, ["created_at"] = CreatedAt(node) };

    /// <summary>The sender's keys, as both generations' entries carry them: sender_name where one is shown, participant_id where stored.</summary>
    internal static JsonObject WithSender(JsonObject entry, string? senderName, Guid? participantId)
    {
        if (!string.IsNullOrEmpty(senderName))
            entry["sender_name"] = senderName;
        if (participantId is { } id)
            entry["participant_id"] = id.ToString();
        return entry;
    }

    /// <summary>The role as stored, a label this server does not know included (Clawith's REST module writes it as it is).</summary>
    private static string RoleOf(MessageInSession node) => node.Message.RoleLabel;

    private static JsonNode? CreatedAt(MessageInSession node) => RestTimestamps.IsoFormat(node.Message.CreatedAt);

    public static JsonNode? Node(JsonElement? value) => value is { } element ? JsonSerializer.SerializeToNode(element) : null;
}
