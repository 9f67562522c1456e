using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>An input that names an agent: the AgentAccess policy judges it.</summary>
public interface IAgentTarget
{
    Guid AgentId { get; }
}

/// <summary>An input that names a session to change: the SessionAccess policy judges it.</summary>
public interface ISessionTarget : IAgentTarget
{
    Guid SessionId { get; }
}

public sealed record CreateSessionInput : IAgentTarget
{
    public Guid AgentId { get; init; }
    public string? Title { get; init; }
}

public sealed record RenameSessionInput : ISessionTarget
{
    public Guid AgentId { get; init; }
    public Guid SessionId { get; init; }
    public string Title { get; init; } = "";
}

public sealed record DeleteSessionInput : ISessionTarget
{
    public Guid AgentId { get; init; }
    public Guid SessionId { get; init; }
}

public sealed class CreateSessionInputGraphType : InputObjectGraphType<CreateSessionInput>
{
    public CreateSessionInputGraphType()
    {
        Name = "CreateSessionInput";
        Description = "A new web session of the caller with an agent.";
        Field(i => i.AgentId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The agent to talk to.");
        Field(i => i.Title, nullable: true).Description("Trimmed, 1–200 characters; omitted: \"Session MM-dd HH:mm\" (UTC).");
    }
}

public sealed class RenameSessionInputGraphType : InputObjectGraphType<RenameSessionInput>
{
    public RenameSessionInputGraphType()
    {
        Name = "RenameSessionInput";
        Description = "A new title for a session.";
        Field(i => i.AgentId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The agent the session is under.");
        Field(i => i.SessionId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The session to rename.");
        Field(i => i.Title).Description("The new title: trimmed, 1–200 characters.");
    }
}

public sealed class DeleteSessionInputGraphType : InputObjectGraphType<DeleteSessionInput>
{
    public DeleteSessionInputGraphType()
    {
        Name = "DeleteSessionInput";
        Description = "A session to delete with all its messages.";
        Field(i => i.AgentId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The agent the session is under.");
        Field(i => i.SessionId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The session to delete.");
    }
}
