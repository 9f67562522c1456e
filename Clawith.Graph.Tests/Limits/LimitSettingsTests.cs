using Clawith.Graph.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Limits;

/// <summary>A limit set to a value that would refuse everything stops the server at start, naming the key.</summary>
public sealed class LimitSettingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("GraphQL:Limits:MaxConcurrentExecutions", "0", "GraphQL:Limits:MaxConcurrentExecutions must be at least 1.")]
    [InlineData("GraphQL:Limits:MaxDepth", "-1", "GraphQL:Limits:MaxDepth must be at least 1.")]
    [InlineData("GraphQL:Limits:ExecutionTimeout", "00:00:00", "GraphQL:Limits:ExecutionTimeout must be positive, e.g. 00:00:30.")]
    [InlineData("GraphQL:Limits:MaxResponseBytes", "0", "GraphQL:Limits:MaxResponseBytes must be at least 1.")]
    [InlineData("Http:MaxRequestBodyBytes", "0", "Http:MaxRequestBodyBytes must be at least 1.")]
    public async Task A_limit_that_would_refuse_everything_stops_the_server_at_start(string key, string value, string message)
    {
        await using var host = LimitedHost.Start(app, (key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains(message, failure.Failures);
    }
}
