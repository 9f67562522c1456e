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

    public static FieldBuilder<object?, object> AuthorizeSessionChangeOf<TInput>(this FieldBuilder<object?, object> field)
        where TInput : ISessionTarget =>
        field.AuthorizeAgentOf<TInput>().Authorize(Policies.SessionAccess, context =>
        {
            var input = SessionMutations.Input<TInput>(context);
            return SessionResource.ToChange(input.AgentId, input.SessionId, context.CancellationToken);
        });
}
