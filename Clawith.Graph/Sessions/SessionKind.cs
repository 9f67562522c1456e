using Clawith.Graph.Data.Entities;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>What kind of conversation a session is (Clawith 251aeba8's session_type).</summary>
public enum SessionKind
{
    Direct,
    Group,
    AgentToAgent,
    Trigger,
}

public static class SessionKinds
{
    /// <summary>The kind a session_type value names; null for a value Clawith does not write.</summary>
    public static SessionKind? Parse(string? sessionType) => sessionType switch
    {
        SessionTypes.Direct => SessionKind.Direct,
        SessionTypes.Group => SessionKind.Group,
        SessionTypes.AgentToAgent => SessionKind.AgentToAgent,
        SessionTypes.Trigger => SessionKind.Trigger,
        _ => null,
    };

    /// <summary>The kind 225b36fd's columns say (the channel and the group flag), as Clawith's migration derived session_type.</summary>
    public static SessionKind Derived(ChatSession session) =>
        Parse(SessionTypes.DerivedFrom(session.SourceChannel, session.IsGroup)) ?? SessionKind.Direct;
}

public sealed class SessionTypeGraphType : EnumerationGraphType
{
    public SessionTypeGraphType()
    {
        Name = "SessionType";
        Description = "What kind of conversation a session is: Clawith's session_type. On a 225b36fd database, which has no such column, "
            + "it is derived from the channel and the group flag as Clawith's upgrade derives it: the agent channel is A2A, the trigger channel "
            + "TRIGGER, a group chat GROUP, the rest DIRECT.";
        Add("DIRECT", SessionKind.Direct, "A user's own conversation with the agent: on the web, or one-to-one in a chat app.");
        Add("GROUP", SessionKind.Group, "A group chat: in a chat app's group, or one of Clawith's native groups.");
        Add("A2A", SessionKind.AgentToAgent, "Two agents talking to each other.");
        Add("TRIGGER", SessionKind.Trigger, "An agent's own run started by a trigger (its reflections).");
    }
}
