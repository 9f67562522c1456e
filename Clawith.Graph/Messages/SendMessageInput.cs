using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

public sealed record SendMessageInput : ISessionTarget
{
    public Guid AgentId { get; init; }
    public Guid SessionId { get; init; }
    public string Content { get; init; } = "";
}

public sealed class SendMessageInputGraphType : InputObjectGraphType<SendMessageInput>
{
    public SendMessageInputGraphType()
    {
        Name = "SendMessageInput";
        Description = "A message of the caller to the agent, in one of their web sessions.";
        Field(i => i.AgentId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The agent the session is under.");
        Field(i => i.SessionId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The session to post in: the caller's own web session, not a group one.");
        Field(i => i.Content).Description("The message: trimmed, 1–100,000 characters.");
    }
}
