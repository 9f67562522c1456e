using Clawith.Graph.Schema.Scalars;
using Clawith.Graph.Sessions;

namespace Clawith.Graph.Rest;

/// <summary>The routes' path and query values, checked as FastAPI checks them: a bad one is a 422.</summary>
public static class RestInput
{
    /// <summary>A path id, read by the same rule as the graph's UUID scalar (<see cref="UuidText"/>).</summary>
    public static Guid Id(string value, string name) =>
        UuidText.TryParse(value, out var id) ? id : throw RestRejection.Unprocessable($"{name} is not a valid UUID: '{value}'.");

    /// <summary>Clawith's REST module's <c>?scope=</c>: "mine" (the default) or "all".</summary>
    public static SessionScope Scope(string? value) => value switch
    {
        null or "mine" => SessionScope.Mine,
        "all" => SessionScope.All,
        _ => throw RestRejection.Unprocessable($"scope must be 'mine' or 'all', not '{value}'."),
    };
}
