using System.Globalization;
using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>The routes' path and query values, checked as FastAPI checks them: a bad one is a 422.</summary>
public static class RestInput
{
    /// <summary>A path id, read by the same rule as the graph's UUID scalar (<see cref="UuidText"/>).</summary>
    public static Guid Id(string value, string name) =>
        UuidText.TryParse(value, out var id) ? id : throw RestRejection.Unprocessable($"{name} is not a valid UUID: '{value}'.");

    /// <summary>
    /// A query's integer from <paramref name="min"/> to <paramref name="max"/>, <paramref name="fallback"/> when it is not sent (FastAPI's
    /// <c>Query(ge=, le=)</c>; the last of repeated values counts, as Starlette reads one).
    /// </summary>
    public static int Integer(IQueryCollection query, string name, int min, int max, int fallback)
    {
        if (query[name].LastOrDefault() is not { } text)
            return fallback;
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw RestRejection.Unprocessable($"{name} must be an integer from {min} to {max}, not '{text}'.");
    }

    /// <summary>Clawith's REST module's <c>?scope=</c>: "mine" (the default) or "all".</summary>
    public static SessionScope Scope(string? value) =>
        ScopeOrNull(value) ?? throw RestRejection.Unprocessable($"scope must be 'mine' or 'all', not '{value}'.");

    /// <summary>The listing's scope: "mine" when none is given; null for any other text (each generation refuses it its own way).</summary>
    public static SessionScope? ScopeOrNull(string? value) => value switch
    {
        null or "mine" => SessionScope.Mine,
        "all" => SessionScope.All,
        _ => null,
    };
}
