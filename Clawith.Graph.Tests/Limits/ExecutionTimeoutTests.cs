using System.Net;
using Clawith.Graph.Schema;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// An operation that runs past GraphQL:Limits:ExecutionTimeout is cancelled, its SQL with it, and
/// answered with EXECUTION_TIMEOUT. The statements used never end on their own, so an answer at all
/// proves the cancellation; the client's own deadline only turns a hang into a failure.
/// </summary>
public sealed class ExecutionTimeoutTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static readonly TimeSpan HangDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sql_that_runs_past_the_timeout_is_cancelled_and_answered_with_execution_timeout()
    {
        var fields = new TestOnlyFields();
        await using var host = StartWithTimeout(fields);

        var response = await host.As(TestWorld.Creator).PostAsync("{ endlessSql }").WaitAsync(HangDeadline);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("EXECUTION_TIMEOUT", response.ErrorCode());
        Assert.Equal("The operation ran past the execution timeout of 2 seconds and was cancelled.", response.ErrorMessage());
        Assert.True(response.Json.AsObject().ContainsKey("data") && response.Data is null, response.Body);
        var stoppedBy = await fields.Ended.WaitAsync(HangDeadline);
        Assert.NotNull(stoppedBy);
    }

    [Fact]
    public async Task A_resolver_still_waiting_at_the_timeout_is_cancelled_and_answered_with_execution_timeout()
    {
        var fields = new TestOnlyFields();
        await using var host = StartWithTimeout(fields);

        var response = await host.As(TestWorld.Creator).PostAsync("{ stall }").WaitAsync(HangDeadline);

        Assert.Equal("EXECUTION_TIMEOUT", response.ErrorCode());
        Assert.IsAssignableFrom<OperationCanceledException>(await fields.Ended.WaitAsync(HangDeadline));
        response.ShouldNotLeakInternals();
    }

    [Fact]
    public async Task An_operation_within_the_timeout_is_answered_normally()
    {
        var fields = new TestOnlyFields();
        await using var host = StartWithTimeout(fields);
        fields.Gate.SetResult();

        var response = await host.As(TestWorld.Creator).PostAsync("{ stall agent(id: \"" + TestWorld.Atlas + "\") { name } }");

        Assert.Equal(true, (bool?)response.ShouldSucceed().Data!["stall"]);
        Assert.Equal("Atlas", (string?)response.Data!["agent"]!["name"]);
    }

    private LimitedHost StartWithTimeout(TestOnlyFields fields) =>
        LimitedHost.Start(app, environment: null, services => services.AddSingleton<IQueryFields>(fields),
            ("GraphQL:Limits:ExecutionTimeout", "00:00:02"));
}
