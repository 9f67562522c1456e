using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Messages;

/// <summary>A message with its session, whose channel decides how the message is read (inline tools, sender names).</summary>
public sealed record MessageInSession(ChatMessage Message, ChatSession Session);
