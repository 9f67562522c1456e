using Clawith.Graph.Auth;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Schema;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Changes to chat sessions. Every field needs a signed-in user; other refusals come back in the payload's errors.";
        this.AuthorizeWithPolicy(Policies.Authenticated);
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
