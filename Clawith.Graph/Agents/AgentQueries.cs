using Clawith.Graph.Auth;
using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Scalars;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Agents;

public sealed class AgentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<AgentGraphType>("agent")
            .Description("An agent the caller has access to.")
            .Argument<NonNullGraphType<UuidGraphType>>("id", "The agent's id.")
            .Authorize(Policies.AgentAccess, context => new AgentResource(context.GetArgument<Guid>("id"), context.CancellationToken))
            .Resolve(context => context.Service<AgentLoader>().Load(context.GetArgument<Guid>("id")));
}
