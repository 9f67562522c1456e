using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Outside Development a failure reaches the client as a code and a plain sentence: no exception
/// details, no .NET type names, no SQL, whether it happens in a resolver or in a REST route.
/// </summary>
public sealed class ErrorDisclosureTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task A_database_error_in_a_resolver_reaches_the_client_as_internal_server_error_only(string environment)
    {
        await using var host = StartWithFailingSql(environment);

        var response = await host.As(TestWorld.Creator).PostAsync($"{{ sessions(agentId: \"{TestWorld.Atlas}\") {{ nodes {{ title }} }} }}");

        Assert.Equal("INTERNAL_SERVER_ERROR", response.ErrorCode());
        Assert.Equal("An unexpected error occurred; it has been logged.", response.ErrorMessage());
        response.ShouldNotLeakInternals();
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task A_database_error_in_a_rest_route_reaches_the_client_without_details(string environment)
    {
        // Over a real socket: the in-memory server hands an unhandled exception to the test instead.
        await using var host = LimitedHost.StartOnKestrel(app, environment, services => services.AddSingleton<IInterceptor, FailingSqlInterceptor>());

        var response = await host.As(TestWorld.Creator).RestAsync(HttpMethod.Get, $"/api/agents/{TestWorld.Atlas}/sessions");

        Assert.True((int)response.Status >= 500, $"Expected a server error, got {(int)response.Status}: {response.Body}");
        response.ShouldNotLeakInternals();
    }

    [Theory]
    [InlineData("""{"id": 12345}""")]
    [InlineData("""{"id": {"nested": [1, 2]}}""")]
    [InlineData("""{"id": "not-a-uuid"}""")]
    public async Task A_variable_of_the_wrong_type_is_named_without_dotnet_types(string variables)
    {
        await using var host = LimitedHost.Start(app, "Production", configure: null);

        var response = await host.As(TestWorld.Creator).PostRawAsync(
            $$"""{"query": "query($id: UUID!) { agent(id: $id) { name } }", "variables": {{variables}}}""");

        Assert.Equal("INVALID_INPUT", response.ErrorCode());
        response.ShouldNotLeakInternals();
    }

    private LimitedHost StartWithFailingSql(string environment) =>
        LimitedHost.Start(app, environment, services => services.AddSingleton<IInterceptor, FailingSqlInterceptor>());
}
