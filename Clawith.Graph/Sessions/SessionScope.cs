using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public enum SessionScope
{
    Mine,
    All,
}

public sealed class SessionScopeGraphType : EnumerationGraphType<SessionScope>
{
    public SessionScopeGraphType()
    {
        Name = "SessionScope";
        Description = "Whose sessions to list.";
        Values["MINE"]!.Description = "The caller's own web and chat-app sessions (no group, agent-to-agent or trigger sessions) that hold a user message to the agent; "
            + "on a 251aeba8 database, their direct sessions that hold any message.";
        Values["ALL"]!.Description = "Every session of the agent that holds a message, including agent-to-agent ones where it is the peer. Admin roles only.";
    }
}
