using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// With suggestions switched off (<see cref="DiscoverySwitches"/>), drops the "Did you mean …?" that
/// GraphQL.NET appends to validation errors, which would otherwise spell out the schema's names one
/// guess at a time even with introspection off.
/// </summary>
public sealed class SuggestionHidingErrorInfoProvider(IErrorInfoProvider inner, DiscoverySwitches discovery) : IErrorInfoProvider
{
    private const string Suggestion = " Did you mean ";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = inner.GetInfo(executionError);
        if (!discovery.Suggestions && executionError is ValidationError && info.Message.IndexOf(Suggestion, StringComparison.Ordinal) is var at and >= 0)
            info.Message = info.Message[..at];
        return info;
    }
}
