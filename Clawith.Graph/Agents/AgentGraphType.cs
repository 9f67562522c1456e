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
        Field<NonNullGraphType<ChatSessionConnectionGraphType>>("sessions")
            .Description("The agent's chat sessions: the caller's own (MINE), or everyone's (ALL, admin roles only).")
            .WithSessionListArguments()
            .Authorize(Policies.AgentAccess, context => new AgentResource(((Agent)context.Source!).Id, context.CancellationToken))
            .Authorize(Policies.SessionScope, context => context.GetSessionScope())
            .ResolveAsync(async context => await context.ListSessionsAsync(context.Source.Id));
    }
}
