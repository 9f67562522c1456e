using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Schema.Scalars;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed record MarkSessionReadInput : ISessionTarget
{
    public Guid AgentId { get; init; }
    public Guid SessionId { get; init; }
}

public sealed class MarkSessionReadInputGraphType : InputObjectGraphType<MarkSessionReadInput>
{
    public MarkSessionReadInputGraphType()
    {
        Name = "MarkSessionReadInput";
        Description = "A session of the caller's to mark read.";
        Field(i => i.AgentId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The agent the session is under (or its peer, for an agent-to-agent session).");
        Field(i => i.SessionId, type: typeof(NonNullGraphType<UuidGraphType>)).Description("The session to mark read.");
    }
}

public sealed class MarkSessionReadPayloadGraphType()
    : SessionPayloadGraphType<MarkSessionReadErrorGraphType>("MarkSessionReadPayload", "markSessionRead");

public sealed class MarkSessionReadErrorGraphType() : ErrorUnionGraphType("MarkSessionReadError",
    typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType));

/// <summary>
/// markSessionRead: what Clawith does when its owner reads a direct session's messages (RULES M6), as a
/// mutation of its own, since a GraphQL read does not write. Checked as reading the session (the agent, the
/// session found under it), then the owner alone; the generation's <see cref="IReadMarks"/> writes.
/// </summary>
public sealed class MarkSessionReadMutation : IMutationFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<MarkSessionReadPayloadGraphType>>("markSessionRead")
            .Description("Marks the caller's own direct session read up to now: Clawith's unread counts start again from zero (its "
                + "last_read_at_by_user, as opening the session in Clawith's web app sets it). Only the owner may: another user, an admin "
                + "included, gets NotAuthorizedError, as does the owner of a group, agent-to-agent or trigger session, which keeps no read mark. "
                + "On a 225b36fd database, which keeps no read marks and so has nothing unread, the owner's call changes nothing and answers the session.")
            .Argument<NonNullGraphType<MarkSessionReadInputGraphType>>("input", "The session.")
            .AuthorizeReadMarkOf<MarkSessionReadInput>()
            .ErrorsInPayload(SessionPayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = SessionMutations.Input<MarkSessionReadInput>(context);
                // The session the policies just judged, from the request's loader: no second query.
                var session = await context.Service<SessionLoader>().LoadAsync(input.SessionId, context.CancellationToken);
                return session is null
                    ? SessionPayload.Failed(new NotFoundError(SessionAccessHandler.NotFound))
                    : await context.Service<IReadMarks>().MarkReadAsync(session, context.Caller(), context.CancellationToken);
            });
}
