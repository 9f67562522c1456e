using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Live;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>sessionChanged: the changes to the sessions an agent's listing shows, for those who may list them.</summary>
public sealed class SessionSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SessionChangedEventGraphType>>("sessionChanged")
            .Description("Sessions of an agent created, renamed, deleted or given a message from now on (as sessions(agentId, scope) would list them).")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent whose sessions to follow.")
            .WithSessionScopeArgument()
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionScope, context => context.GetSessionScope())
            .SubscribeToChatEvents(context =>
                SessionChangeFilter.For(context.GetArgument<Guid>("agentId"), context.GetSessionScope(), context.Caller().Id))
            .Resolve(context => context.Source);
    }
}
