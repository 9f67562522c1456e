using Clawith.Graph.Schema;
using GraphQL;
using GraphQL.Types;

namespace Clawith.Graph.Users;

public sealed class UserQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<UserGraphType>("me")
            .Description("The signed-in user.")
            .Resolve(context => context.Service<UserLoader>().Load(context.Caller().Id));
}
