using GraphQL.Validation;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// Which validation rules one request meets. A new document meets every rule: GraphQL.NET's own, the
/// transport's, the cost limit and the introspection switch. A known one passed them already, so it
/// meets only the transport's rule when that refuses the operation asked for and, when a variable sets
/// a page size, the cost again; the checking of variables runs every time. With no rule left,
/// GraphQL.NET does not walk the document at all.
/// </summary>
public sealed class RequestValidationRules(CostLimitRule cost, IntrospectionSwitchRule introspection)
{
    public List<IValidationRule> For(KnownDocument? known, string? operationName, TransportRule? transportRule)
    {
        List<IValidationRule> rules = known is null ? [.. DocumentValidator.CoreRules] : [];
        if (transportRule is not null && (known?.OperationTypeOf(operationName) is not { } type || transportRule.Refuses(type)))
            rules.Add(transportRule);
        if (known is not { FixedCost: true })
            rules.Add(cost);
        if (known is null)
            rules.Add(introspection);
        return rules;
    }
}
