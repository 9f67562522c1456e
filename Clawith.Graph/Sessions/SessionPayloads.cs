using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed record SessionPayload(ChatSession? Session, IReadOnlyList<UserError>? Errors)
{
    public static SessionPayload Failed(UserError error) => new(null, [error]);
}

public sealed record DeleteSessionPayload(Guid? DeletedSessionId, IReadOnlyList<UserError>? Errors)
{
    public static DeleteSessionPayload Failed(UserError error) => new(null, [error]);
}

/// <summary>CreateSessionPayload and RenameSessionPayload: the session, or why there is none.</summary>
public abstract class SessionPayloadGraphType<TErrorUnion> : ObjectGraphType<SessionPayload> where TErrorUnion : UnionGraphType
{
    protected SessionPayloadGraphType(string name, string outcome)
    {
        Name = name;
        Description = $"The outcome of {outcome}.";
        Field<ChatSessionGraphType>("session").Description("The session, when it worked.").Resolve(context => context.Source.Session);
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors").Description("Why it did not work; null when it did.")
            .Resolve(context => context.Source.Errors);
    }
}

public sealed class CreateSessionPayloadGraphType()
    : SessionPayloadGraphType<CreateSessionErrorGraphType>("CreateSessionPayload", "createSession");

public sealed class RenameSessionPayloadGraphType()
    : SessionPayloadGraphType<RenameSessionErrorGraphType>("RenameSessionPayload", "renameSession");

public sealed class DeleteSessionPayloadGraphType : ObjectGraphType<DeleteSessionPayload>
{
    public DeleteSessionPayloadGraphType()
    {
        Name = "DeleteSessionPayload";
        Description = "The outcome of deleteSession.";
        Field<NodeIdGraphType>("deletedSessionId").Description("The id of the deleted session, when it worked (an ID, so a client cache can drop the record: Relay's @deleteRecord).")
            .Resolve(context => context.Source.DeletedSessionId);
        Field<ListGraphType<NonNullGraphType<DeleteSessionErrorGraphType>>>("errors").Description("Why it did not work; null when it did.")
            .Resolve(context => context.Source.Errors);
    }
}
