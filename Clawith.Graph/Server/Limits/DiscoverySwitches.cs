namespace Clawith.Graph.Server.Limits;

/// <summary>
/// How much of the schema a client may discover: introspection (and <c>GET /graphql?sdl</c>) and the
/// "Did you mean …" suggestions in validation errors. <c>GraphQL:Introspection</c> and
/// <c>GraphQL:Suggestions</c> switch them; unset, they are on in Development and Testing (the test
/// suite's environment) and off everywhere else.
/// </summary>
public sealed record DiscoverySwitches(bool Introspection, bool Suggestions)
{
    public const string IntrospectionKey = "GraphQL:Introspection";
    public const string SuggestionsKey = "GraphQL:Suggestions";
    public const string TestingEnvironment = "Testing";

    public static DiscoverySwitches From(IConfiguration configuration, IHostEnvironment environment)
    {
        var byDefault = environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
        return new DiscoverySwitches(
            configuration.GetValue(IntrospectionKey, byDefault),
            configuration.GetValue(SuggestionsKey, byDefault));
    }
}
