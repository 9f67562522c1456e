using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Sessions;

public sealed class SessionQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<ChatSessionConnectionGraphType>("sessions")
            .Description("An agent's chat sessions, most recently active first. A session is listed once it holds a message: "
                + "in MINE from its first user message to the agent, in ALL from its first message of any role, so a session just created "
                + "is not listed yet (sessionChanged sends ADDED when it enters).")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent whose sessions to list.")
            .WithSessionListArguments()
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionScope, context => context.GetSessionScope())
            .ResolveAsync(async context => await context.ListSessionsAsync(context.GetArgument<Guid>("agentId")));

        root.Field<ChatSessionGraphType>("session")
            .Description("One session of an agent (or of its peer, for an agent-to-agent session), for its owner or an admin.")
            .Argument<NonNullGraphType<UuidGraphType>>("agentId", "The agent the session is under.")
            .Argument<NonNullGraphType<UuidGraphType>>("id", "The session's id.")
            .Authorize(Policies.AgentAccess, AgentResource.FromArgument)
            .Authorize(Policies.SessionAccess, context =>
                SessionResource.ToRead(context.GetArgument<Guid>("agentId"), context.GetArgument<Guid>("id"), context.CancellationToken))
            .Resolve(context => context.Service<SessionLoader>().Load(context.GetArgument<Guid>("id")));
    }
}
