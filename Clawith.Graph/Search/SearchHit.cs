using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Search;

/// <summary>A message that holds the searched text, with its session and the text searched for.</summary>
public sealed record SearchHit(ChatMessage Message, ChatSession Session, SearchText Text);
