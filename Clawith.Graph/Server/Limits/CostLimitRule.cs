using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// Refuses an operation whose cost (<see cref="PageSizeCost"/>) is over <c>GraphQL:Limits:MaxCost</c>,
/// with MAX_COST_EXCEEDED. GraphQL.NET's complexity analysis adds it up; it runs once the document is
/// otherwise valid, and depth is checked earlier (<see cref="DocumentLimits"/>).
/// </summary>
public sealed class CostLimitRule(GraphLimitsOptions limits) : ComplexityValidationRule(new ComplexityOptions
{
    MaxComplexity = limits.MaxCost,
    DefaultListImpactMultiplier = PageSizeCost.UnpagedListSize,
    DefaultComplexityImpactDelegate = PageSizeCost.Of,
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > limits.MaxCost)
            context.ReportError(new CostLimitError(context, totalComplexity, limits.MaxCost));
        return default;
    }
}

public sealed class CostLimitError : ValidationError
{
    public CostLimitError(ValidationContext context, double cost, int max)
        : base(context.Document.Source, null,
            $"The query costs {cost:N0} (each field counts 1, times the page sizes above it); the maximum cost is {max:N0}.",
            context.Operation) =>
        Code = LimitCodes.MaxCostExceeded;
}
