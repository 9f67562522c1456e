using System.Diagnostics;
using System.Net;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Observability;

[Collection(ObservabilityCollection.Name)]
public sealed class RequestIdTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string SqlLog = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task Every_log_line_of_a_request_carries_the_request_id_its_response_gives()
    {
        await using var observed = ObservedApp.Start(app);
        var trace = ActivityTraceId.CreateRandom();

        var response = (await observed.PostAtlasSessionsAsync(trace)).ShouldSucceed();

        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var lines = await observed.LogLinesAsync(trace);
        Assert.Contains(lines, line => line.Category == SqlLog);
        Assert.All(lines, line => Assert.Equal([requestId], line.Scoped("RequestId")));
    }

    [Fact]
    public async Task A_well_formed_incoming_request_id_is_echoed_and_names_the_log_lines_written_inside_the_app()
    {
        await using var observed = ObservedApp.Start(app);
        var trace = ActivityTraceId.CreateRandom();
        const string incoming = "lb-7f3a2c9e41d24c0b:1";

        var response = (await observed.PostAtlasSessionsAsync(trace, requestId: incoming)).ShouldSucceed();

        Assert.Equal([incoming], response.Headers.GetValues("X-Request-Id"));
        var sql = (await observed.LogLinesAsync(trace)).Where(line => line.Category == SqlLog).ToList();
        Assert.NotEmpty(sql);
        // ASP.NET Core's outer scope keeps the id it made before any middleware ran; the innermost is the adopted one.
        Assert.All(sql, line => Assert.Equal(incoming, line.Scoped("RequestId")[^1]));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("quote\"d")]
    [InlineData("semi;colon")]
    [InlineData("<script>")]
    [InlineData("é")]
    [MemberData(nameof(TooLong))]
    public async Task A_malformed_incoming_request_id_is_replaced_by_a_generated_one(string incoming)
    {
        await using var observed = ObservedApp.Start(app);

        var response = (await observed.PostAtlasSessionsAsync(ActivityTraceId.CreateRandom(), requestId: incoming)).ShouldSucceed();

        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.NotEqual(incoming, requestId);
        Assert.NotEmpty(requestId);
    }

    public static TheoryData<string> TooLong => [new string('a', 129)];

    [Fact]
    public async Task Every_response_carries_a_request_id_refusals_and_other_routes_included()
    {
        await using var observed = ObservedApp.Start(app);
        using var client = observed.CreateClient();

        using var refused = await client.GetAsync($"/api/agents/{TestWorld.Atlas}/sessions");
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotEmpty(Assert.Single(refused.Headers.GetValues("X-Request-Id")));
        Assert.NotEqual(refused.Headers.GetValues("X-Request-Id"), health.Headers.GetValues("X-Request-Id"));
    }
}
