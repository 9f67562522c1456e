using System.Net;
using System.Text;
using Clawith.Graph.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace Clawith.Graph.Tests.Authorization;

public sealed class TokenValidationTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private const string Me = "{ me { id displayName role } }";

    [Fact]
    public async Task A_token_signed_by_plain_HMAC_SHA256_with_the_20_character_key_is_accepted()
    {
        Assert.Equal(20, Encoding.UTF8.GetByteCount(ClawithAppFactory.SecretKey)); // shorter than 256 bits, like Clawith's default key
        var token = TestTokens.Signed(TestWorld.Creator, "member");

        var response = await app.Client().WithToken(token).PostAsync(Me);

        Assert.Equal("Carla Creator", (string?)response.ShouldSucceed().Data!["me"]!["displayName"]);
        Snapshot.Match(response.Snapshot);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS384")]
    [InlineData("HS512")]
    [InlineData("RS256")]
    public async Task A_token_with_any_algorithm_but_HS256_is_not_authenticated(string algorithm)
    {
        var token = algorithm == "none"
            ? TestTokens.Unsigned(TestWorld.PlatformAdmin, "platform_admin")
            : TestTokens.Signed(TestWorld.PlatformAdmin, "platform_admin", algorithm);

        var response = await app.Client().WithToken(token).PostAsync(Me);

        AssertNotAuthenticated(response);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer ")]
    [InlineData("Basic Y2FybGE6c2VjcmV0")]
    [InlineData("{valid token without the Bearer scheme}")]
    public async Task A_malformed_authorization_header_is_not_authenticated(string header)
    {
        var http = app.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header.Replace("{valid token without the Bearer scheme}", app.TokenFor(TestWorld.PlatformAdmin)));

        var response = await new GraphClient(http, app).PostAsync(Me);

        AssertNotAuthenticated(response);
    }

    [Fact]
    public async Task A_token_expired_a_second_ago_is_not_authenticated()
    {
        var response = await app.Client().WithToken(TestTokens.Signed(TestWorld.PlatformAdmin, "platform_admin", lifetime: TimeSpan.FromSeconds(-1)))
            .PostAsync(Me);

        AssertNotAuthenticated(response);
    }

    private static void AssertNotAuthenticated(GraphResponse response)
    {
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Data!["me"]);
        Assert.Single(response.Errors);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", response.ErrorCode());
    }
}
