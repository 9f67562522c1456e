using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Live;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

/// <summary>sessionChanged: the changes to an agent's listing, for those who may list it, as that listing sees them.</summary>
public sealed class SessionSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SessionChangedEventGraphType>>("sessionChanged")
            .Description("The changes, from now on, to the caller's listing sessions(agentId, scope): ADDED when a session enters it "
                + "(MINE: at its first user message to the agent; ALL: at its first message), RENAMED and MESSAGE_ADDED for a session in it, "
                + "DELETED for a session in it that was deleted, and READ to the session's owner when they marked it read (its unreadCount is 0). "
                + "A session outside the listing (a new one without messages, say) sends nothing, "
                + "so a client that applies the events to one sessions result keeps it equal to a fresh one. "
                + "It follows the unfiltered listing in its default order: a list asked for with where or order refetches on an event "
                + "(or tests the event's session against its own filter) rather than apply it as is.")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent whose sessions to follow.")
            .WithSessionScopeArgument()
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionScope, context => context.SessionScopeOf(context.GetArgument<Guid>("agentId")))
            .SubscribeToChatEvents(context =>
                SessionChangeFilter.For(context.GetArgument<Guid>("agentId"), context.GetSessionScope(), context.Caller().Id))
            .Resolve(context => context.Source);
    }
}
