using GraphQL.Types;

namespace Clawith.Graph.Schema;

/// <summary>A feature's fields on the Query type (HotChocolate's [QueryType] extensions, by hand).</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>A feature's fields on the Mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
