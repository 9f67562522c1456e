using Clawith.Graph.Data.Entities;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Messages;

/// <summary>How a stored message reads to a client: its tool call, and its parts in order.</summary>
public static class MessagePresentation
{
    public static ToolCall? ToolCallOf(ChatMessage message) =>
        message.Role == ChatRole.ToolCall ? ToolCallContent.Parse(message.Content) : null;

    public static IReadOnlyList<object> PartsOf(MessageInSession node)
    {
        var message = node.Message;
        if (ToolCallOf(message) is { } toolCall)
            return [toolCall];
        if (HasInlineTools(node))
            return InlineToolBlocks.Split(message.Content);
        return [new TextPart(message.Content)];
    }

    /// <summary>An agent-to-agent reply with inline tool blocks, which Clawith's REST module splits into parts.</summary>
    public static bool HasInlineTools(MessageInSession node) =>
        node.Message.Role == ChatRole.Assistant
        && node.Session.SourceChannel == ChatSession.AgentChannel
        && node.Message.Content.Contains(InlineToolBlocks.Marker, StringComparison.Ordinal);

    /// <summary>Clawith's REST module names senders in agent-to-agent sessions only; an unknown participant reads "Unknown".</summary>
    public static bool ShowsSenderName(MessageInSession node) =>
        node.Session.SourceChannel == ChatSession.AgentChannel && node.Message.ParticipantId is not null;

    /// <summary>As Clawith's REST module's <c>display_name or "Unknown"</c>: a vanished or unnamed sender reads "Unknown".</summary>
    public static string SenderName(Participant? sender) =>
        string.IsNullOrEmpty(sender?.DisplayName) ? SessionNaming.UnknownUser : sender.DisplayName;
}
