using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Sse;

public sealed class SseSettingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public async Task A_keep_alive_interval_that_is_not_positive_stops_the_server_naming_the_key(string value)
    {
        await using var host = LimitedHost.Start(app, ("GraphQL:ServerSentEvents:KeepAliveInterval", value));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains("GraphQL:ServerSentEvents:KeepAliveInterval must be positive, e.g. 00:00:12.", failure.Failures);
    }
}
