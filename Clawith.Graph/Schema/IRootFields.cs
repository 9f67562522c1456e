using GraphQL.Types;

namespace Clawith.Graph.Schema;

/// <summary>A feature's fields on a root type (HotChocolate's [QueryType] extensions, by hand).</summary>
public interface IRootFields
{
    void AddTo(ObjectGraphType root);
}

public interface IQueryFields : IRootFields;

public interface IMutationFields : IRootFields;

public interface ISubscriptionFields : IRootFields;
