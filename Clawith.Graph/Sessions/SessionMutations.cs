using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>
/// createSession, renameSession and deleteSession. Access rules are declared on each field (checked in
/// Clawith's REST module's order: agent, then session); their refusals and invalid titles come back as payload errors.
/// </summary>
public sealed class SessionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateSessionPayloadGraphType>>("createSession")
            .Description("Starts a new web session of the caller with an agent they have access to.")
            .Argument<NonNullGraphType<CreateSessionInputGraphType>>("input", "The agent and an optional title.")
            .AuthorizeAgentOf<CreateSessionInput>()
            .ErrorsInPayload(SessionPayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = Input<CreateSessionInput>(context);
                var (title, invalid) = input.Title is null ? (null, null) : SessionTitle.Validate(input.Title);
                if (invalid is not null)
                    return SessionPayload.Failed(invalid);
                var session = await context.Service<SessionCommands>()
                    .CreateAsync(input.AgentId, context.Caller(), title, context.CancellationToken);
                return new SessionPayload(session, null);
            });

        root.Field<NonNullGraphType<RenameSessionPayloadGraphType>>("renameSession")
            .Description("Renames a session: its owner's, or any for an admin role.")
            .Argument<NonNullGraphType<RenameSessionInputGraphType>>("input", "The session and its new title.")
            .AuthorizeSessionChangeOf<RenameSessionInput>()
            .ErrorsInPayload(SessionPayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = Input<RenameSessionInput>(context);
                var (title, invalid) = SessionTitle.Validate(input.Title);
                if (invalid is not null)
                    return SessionPayload.Failed(invalid);
                var session = await context.Service<SessionCommands>().RenameAsync(input.SessionId, title!, context.CancellationToken);
                return session is null ? SessionPayload.Failed(new NotFoundError(SessionAccessHandler.NotFound)) : new SessionPayload(session, null);
            });

        root.Field<NonNullGraphType<DeleteSessionPayloadGraphType>>("deleteSession")
            .Description("Deletes a session and all its messages in one transaction: its owner's, or any for an admin role.")
            .Argument<NonNullGraphType<DeleteSessionInputGraphType>>("input", "The session to delete.")
            .AuthorizeSessionChangeOf<DeleteSessionInput>()
            .ErrorsInPayload(DeleteSessionPayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = Input<DeleteSessionInput>(context);
                return await context.Service<SessionCommands>().DeleteAsync(input.SessionId, context.Caller(), context.CancellationToken)
                    ? new DeleteSessionPayload(input.SessionId, null)
                    : DeleteSessionPayload.Failed(new NotFoundError(SessionAccessHandler.NotFound));
            });
    }

    internal static T Input<T>(IResolveFieldContext context) => context.GetArgument<T>("input");
}
