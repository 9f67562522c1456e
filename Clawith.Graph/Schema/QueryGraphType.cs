using Clawith.Graph.Auth;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Schema;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Reads of Clawith's agents, chat sessions and messages. Every field needs a signed-in user.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
