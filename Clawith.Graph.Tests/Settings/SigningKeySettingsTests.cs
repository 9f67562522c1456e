using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Authorization;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clawith.Graph.Tests.Settings;

/// <summary>
/// Jwt:SecretKey outside Development: a key anyone knows, or none at all, stops the server at start
/// with a message naming the setting. Clawith's own keys, short or public, keep working.
/// </summary>
public sealed class SigningKeySettingsTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task Outside_Development_the_development_key_stops_the_server_naming_the_setting(string environment)
    {
        await using var host = Host(environment, JwtOptions.DevelopmentKey);

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.StartsWith("Jwt:SecretKey is this server's public development key", failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t")]
    public async Task An_empty_or_blank_key_stops_the_server_naming_the_setting(string key)
    {
        await using var host = Host("Production", key);

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.StartsWith("Jwt:SecretKey is empty", failure.Message);
    }

    [Fact]
    public async Task Clawith_s_public_default_key_starts_the_server_with_a_critical_warning_and_its_tokens_are_accepted()
    {
        var logs = new CapturedLogs();
        await using var host = Host("Production", JwtOptions.ClawithDefaultKey, logs);
        var me = await new GraphClient(WithToken(host, JwtOptions.ClawithDefaultKey), app).PostAsync("{ me { id } }");

        Assert.Equal(TestWorld.Creator.ToString(), (string?)me.ShouldSucceed().Data!["me"]!["id"]);
        var warning = Assert.Single(logs.Lines, line => line.Message.Contains("Clawith's public default key", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Critical, warning.Level);
        Assert.Contains("anyone can forge a token", warning.Message);
    }

    [Fact]
    public async Task In_Production_a_short_key_of_Clawith_s_starts_the_server_without_a_warning_and_its_tokens_are_accepted()
    {
        var logs = new CapturedLogs();
        await using var host = Host("Production", ClawithAppFactory.SecretKey, logs);

        var me = await new GraphClient(WithToken(host, ClawithAppFactory.SecretKey), app).PostAsync("{ me { id } }");

        Assert.Equal(TestWorld.Creator.ToString(), (string?)me.ShouldSucceed().Data!["me"]!["id"]);
        Assert.DoesNotContain(logs.Lines, line => line.Message.Contains("Jwt:SecretKey", StringComparison.Ordinal));
    }

    private WebApplicationFactory<Program> Host(string environment, string key, CapturedLogs? logs = null) =>
        app.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Jwt:SecretKey", key);
            if (logs is not null)
                builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(logs)));
        });

    private static HttpClient WithToken(WebApplicationFactory<Program> host, string key)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Signed(TestWorld.Creator, "member", key: key));
        return http;
    }
}
