using GraphQL.Validation.Complexity;

namespace Clawith.Graph.Search;

/// <summary>
/// What a search adds to a request's cost, beside its fields (GraphQL:Limits:MaxCost, default 500,000).
/// With a trigram index every search is bounded: an indexed page, or a scan of at most
/// <see cref="SearchWindows.Scan"/> messages, so it costs <see cref="Indexed"/> (ten searches to a request).
/// PostgreSQL without pg_trgm's index scans every message of the scope for a text of three characters or
/// more: <see cref="Unindexed"/> (two to a request). The cost does not depend on the text, which a variable
/// may give: a document's cost is worked out once and kept for its later requests (Server/ValidatedDocuments).
/// </summary>
public static class SearchCost
{
    public const int Indexed = 48_000;
    public const int Unindexed = 240_000;

    public static Func<FieldImpactContext, FieldComplexityResult> Of(SearchIndex index) => context =>
    {
        var fields = context.Configuration.DefaultComplexityImpactDelegate(context);
        return new FieldComplexityResult(fields.FieldImpact + (index.Available || index.IsSqlite ? Indexed : Unindexed), fields.ChildImpactMultiplier);
    };
}
