using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// Tokens are held to the shape Clawith issues: <c>exp</c> a JSON number, no <c>crit</c> header (it names
/// extensions this server would have to understand), and, only when configured, an issuer and audience.
/// </summary>
public sealed class TokenShapeTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Me = "{ me { id } }";
    private static readonly long InAnHour = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();

    [Fact]
    public async Task A_token_whose_exp_is_a_number_is_accepted()
    {
        var token = TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims["exp"] = InAnHour);

        Assert.Equal(TestWorld.Creator.ToString(), await MeAsync(app.Client().WithToken(token)));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}.0")]
    public async Task A_token_whose_exp_is_a_string_is_not_authenticated(string format)
    {
        var token = TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims["exp"] = string.Format(format, InAnHour));

        AssertNotAuthenticated(await app.Client().WithToken(token).PostAsync(Me));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public async Task A_token_whose_exp_is_neither_a_number_nor_a_string_is_not_authenticated(bool? exp)
    {
        var token = TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims["exp"] = exp!);

        AssertNotAuthenticated(await app.Client().WithToken(token).PostAsync(Me));
    }

    [Fact]
    public async Task A_token_with_a_crit_header_is_not_authenticated()
    {
        var token = TestTokens.Shaped(TestWorld.Creator, (header, _) =>
        {
            header["crit"] = new[] { "https://example.com/must-understand" };
            header["https://example.com/must-understand"] = true;
        });

        AssertNotAuthenticated(await app.Client().WithToken(token).PostAsync(Me));
    }

    [Fact]
    public async Task Without_Jwt_Issuer_and_Audience_a_token_s_iss_and_aud_are_not_checked()
    {
        var token = TestTokens.Shaped(TestWorld.Creator, (_, claims) => (claims["iss"], claims["aud"]) = ("anyone", "anything"));

        Assert.Equal(TestWorld.Creator.ToString(), await MeAsync(app.Client().WithToken(token)));
    }

    [Theory]
    [InlineData("Jwt:Issuer", "iss")]
    [InlineData("Jwt:Audience", "aud")]
    public async Task With_Jwt_Issuer_or_Audience_set_only_a_token_naming_it_is_accepted(string setting, string claim)
    {
        await using var host = app.WithWebHostBuilder(builder => builder.UseSetting(setting, "https://clawith.example"));

        Assert.Equal(TestWorld.Creator.ToString(), await MeAsync(Client(host, TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims[claim] = "https://clawith.example"))));
        AssertNotAuthenticated(await Client(host, TestTokens.Shaped(TestWorld.Creator, (_, claims) => claims[claim] = "https://elsewhere.example")).PostAsync(Me));
        AssertNotAuthenticated(await Client(host, TestTokens.Signed(TestWorld.Creator, "member")).PostAsync(Me));
    }

    [Fact]
    public async Task With_Jwt_Issuer_and_Audience_set_the_token_command_s_tokens_carry_them()
    {
        await using var host = app.WithWebHostBuilder(builder => builder
            .UseSetting("Jwt:Issuer", "https://clawith.example").UseSetting("Jwt:Audience", "clawith-graph"));
        var issued = host.Services.GetRequiredService<Auth.TokenIssuer>().Issue(new Clawith.Graph.Data.Entities.User { Id = TestWorld.Creator });

        Assert.Equal(TestWorld.Creator.ToString(), await MeAsync(Client(host, issued)));
    }

    private GraphClient Client(WebApplicationFactory<Program> host, string token)
    {
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return new GraphClient(http, app);
    }

    private static async Task<string?> MeAsync(GraphClient client) =>
        (string?)(await client.PostAsync(Me)).ShouldSucceed().Data!["me"]!["id"];

    private static void AssertNotAuthenticated(GraphResponse response)
    {
        Assert.Null(response.Data!["me"]);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
    }
}
