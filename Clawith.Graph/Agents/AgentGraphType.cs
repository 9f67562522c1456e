using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Nodes;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Sessions;
using Clawith.Graph.Users;
using GraphQL.Types;

namespace Clawith.Graph.Agents;

public sealed class AgentGraphType : ObjectGraphType<Agent>
{
    public AgentGraphType()
    {
        Name = "Agent";
        Description = "An AI agent people chat with.";
        this.NodeId(a => a.Id, "The agent's id.");
        Field(a => a.Name).Description("The agent's name.");
        Field(a => a.AvatarUrl, nullable: true).Description("The agent's picture.");
        Field<UserGraphType>("creator").Description("The user who created the agent.")
            .ResolveLoaded(context => context.Service<UserLoader>().Load(context.Source.CreatorId));
        Field<NonNullGraphType<IntGraphType>>("unreadCount")
            .Description("The caller's sidebar badge for this agent: how many of the agent's messages they have not read across their own "
                + "sessions with it (not group chats, agent-to-agent or trigger sessions), as Clawith's agent list counts it, except that "
                + "deleted sessions do not count: Clawith's own badge keeps counting a deleted session's unread messages, which can then "
                + "never be read. Always 0 on a 225b36fd database, which keeps no read marks.")
            .ResolveLoaded(context => context.Service<IUnreadCounts>().WithAgent(context.Source.Id, context.Caller()));
        Field<NonNullGraphType<ChatSessionConnectionGraphType>>("sessions")
            .Description("The agent's chat sessions: the caller's own (MINE), or everyone's (ALL, admin roles only).")
            .WithSessionListArguments()
            .Authorize(Policies.AgentAccess, context => new AgentResource(((Agent)context.Source!).Id, context.CancellationToken))
            .Authorize(Policies.SessionScope, context => context.SessionScopeOf(((Agent)context.Source!).Id))
            .ResolveAsync(async context => await context.ListSessionsAsync(context.Source.Id));
    }
}
