using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using GraphQL.Builders;

namespace Clawith.Graph.Sessions;

/// <summary>The mutations' access declarations, read from their input: the agent, then the session to change.</summary>
public static class SessionMutationAuthorization
{
    public static FieldBuilder<object?, object> AuthorizeAgentOf<TInput>(this FieldBuilder<object?, object> field)
        where TInput : IAgentTarget =>
        field.Authorize(Policies.AgentAccess, context =>
            new AgentResource(SessionMutations.Input<TInput>(context).AgentId, context.CancellationToken));

    /// <summary>The session's owner or an admin role (rename, delete).</summary>
    public static FieldBuilder<object?, object> AuthorizeSessionChangeOf<TInput>(this FieldBuilder<object?, object> field)
        where TInput : ISessionTarget =>
        field.AuthorizeSessionOf<TInput>(SessionResource.ToChange);

    /// <summary>The session's owner alone (posting a message as them).</summary>
    public static FieldBuilder<object?, object> AuthorizeOwnSessionOf<TInput>(this FieldBuilder<object?, object> field)
        where TInput : ISessionTarget =>
        field.AuthorizeSessionOf<TInput>(SessionResource.ToPostIn);

    /// <summary>The session's owner alone (marking it read).</summary>
    public static FieldBuilder<object?, object> AuthorizeReadMarkOf<TInput>(this FieldBuilder<object?, object> field)
        where TInput : ISessionTarget =>
        field.AuthorizeSessionOf<TInput>(SessionResource.ToMarkRead);

    private static FieldBuilder<object?, object> AuthorizeSessionOf<TInput>(
        this FieldBuilder<object?, object> field, Func<Guid, Guid, CancellationToken, SessionResource> resource)
        where TInput : ISessionTarget =>
        field.AuthorizeAgentOf<TInput>().Authorize(Policies.SessionAccess, context =>
        {
            var input = SessionMutations.Input<TInput>(context);
            return resource(input.AgentId, input.SessionId, context.CancellationToken);
        });
}
