using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Messages;

/// <summary>How a stored message reads to a client: its tool call, and its parts in order.</summary>
public static class MessageReading
{
    public static ToolCall? ToolCallOf(ChatMessage message) =>
        message.Role == ChatRole.ToolCall ? ToolCallContent.Parse(message.Content) : null;

    public static IReadOnlyList<object> PartsOf(MessageNode node)
    {
        var message = node.Message;
        if (ToolCallOf(message) is { } toolCall)
            return [toolCall];
        if (message.Role == ChatRole.Assistant
            && node.Session.SourceChannel == ChatSession.AgentChannel
            && message.Content.Contains(InlineToolBlocks.Marker, StringComparison.Ordinal))
            return InlineToolBlocks.Split(message.Content);
        return [new TextPart(message.Content)];
    }

    /// <summary>The seed names senders in agent-to-agent sessions only; an unknown participant reads "Unknown".</summary>
    public static bool ShowsSenderName(MessageNode node) =>
        node.Session.SourceChannel == ChatSession.AgentChannel && node.Message.ParticipantId is not null;
}
