using System.Net;
using Clawith.Graph.Schema;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Server.HttpTransport;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Past GraphQL:Limits:MaxConcurrentExecutions a request is turned away with 503, Retry-After and
/// SERVER_BUSY. A test-only field holds the one slot of a host capped at 1 until the test lets it go.
/// </summary>
public sealed class ConcurrencyCapTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly TimeSpan HangDeadline = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponse)]
    public async Task A_request_past_the_cap_is_503_with_retry_after_and_server_busy(string accept)
    {
        var fields = new TestOnlyFields();
        await using var host = StartCappedAtOne(fields);
        var holder = host.As(TestWorld.Creator).PostAsync("{ stall }");
        await fields.Started.WaitAsync(HangDeadline);

        var turnedAway = await host.As(TestWorld.Creator).PostRawAsync("""{"query": "{ me { id } }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, turnedAway.Status);
        Assert.Equal("7", turnedAway.Headers.GetValues("Retry-After").Single());
        Assert.Equal(accept, turnedAway.MediaType());
        Assert.Equal("SERVER_BUSY", turnedAway.ErrorCode());
        Assert.Equal("The server is running its maximum of 1 operations at once; retry after 7 s.", turnedAway.ErrorMessage());
        Assert.False(turnedAway.Json.AsObject().ContainsKey("data"), turnedAway.Body);
        fields.Gate.SetResult();
        (await holder.WaitAsync(HangDeadline)).ShouldSucceed();
    }

    [Fact]
    public async Task A_slot_is_free_again_once_the_operation_that_held_it_ends()
    {
        var fields = new TestOnlyFields();
        await using var host = StartCappedAtOne(fields);
        var holder = host.As(TestWorld.Creator).PostAsync("{ stall }");
        await fields.Started.WaitAsync(HangDeadline);
        fields.Gate.SetResult();
        await holder.WaitAsync(HangDeadline);

        var response = await host.As(TestWorld.Creator).PostAsync("{ me { displayName } }");

        Assert.Equal("Carla Creator", (string?)response.ShouldSucceed().Data!["me"]!["displayName"]);
    }

    [Fact]
    public async Task A_request_refused_by_a_limit_never_takes_a_slot()
    {
        var fields = new TestOnlyFields();
        await using var host = StartCappedAtOne(fields, ("GraphQL:Limits:MaxDepth", "2"));
        var caller = host.As(TestWorld.Creator);

        for (var i = 0; i < 3; i++)
            Assert.Equal("MAX_DEPTH_EXCEEDED", (await caller.PostAsync("{ me { id } agent(id: \"" + TestWorld.Atlas + "\") { creator { id } } }")).ErrorCode());

        (await caller.PostAsync("{ me { id } }")).ShouldSucceed();
    }

    private LimitedHost StartCappedAtOne(TestOnlyFields fields, params (string, string)[] settings) =>
        LimitedHost.Start(app, environment: null, services => services.AddSingleton<IQueryFields>(fields),
            [("GraphQL:Limits:MaxConcurrentExecutions", "1"), ("GraphQL:Limits:RetryAfterSeconds", "7"), .. settings]);
}
