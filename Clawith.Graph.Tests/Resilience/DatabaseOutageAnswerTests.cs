using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Rest;
using Microsoft.AspNetCore.Hosting;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// What a client reads when the database cannot be reached before any resolver runs (the bearer
/// token's user cannot be loaded): a 503 with Retry-After and a coded error in the route's own shape.
/// </summary>
public sealed class DatabaseOutageAnswerTests : IAsyncLifetime
{
    private static readonly string Unavailable = CodedExecutionError.DatabaseUnavailable().Message;
    private readonly ClawithAppFactory _unseeded = new();
    private GraphClient _client = null!;

    public Task InitializeAsync()
    {
        // A SQLite file in a folder that does not exist, whichever database the suite runs on.
        var unreachable = _unseeded.WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:Clawith", $"Data Source={Path.Combine(Path.GetTempPath(), $"no-such-dir-{Guid.NewGuid():N}", "x.db")}")
            .UseSetting("Database:Provider", "Sqlite")
            .UseSetting("Database:CreateSchema", "false"));
        _client = SoakWorld.SignedIn(_unseeded, unreachable, TestWorld.Creator);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task GraphQL_answers_503_with_Retry_After_and_DATABASE_UNAVAILABLE(string accept)
    {
        var response = await _client.PostRawAsync("""{"query":"{ me { id } }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.Equal($"{accept}; charset=utf-8", response.ContentType);
        var expected = new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["message"] = Unavailable,
                ["extensions"] = new JsonObject { ["code"] = ErrorCodes.DatabaseUnavailable },
            }),
        };
        Assert.True(JsonNode.DeepEquals(expected, response.Json), response.Body);
    }

    [Fact]
    public async Task A_REST_route_answers_503_with_Retry_After_and_FastAPIs_detail()
    {
        var response = await _client.ListAsync(TestWorld.Atlas, "mine");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["detail"] = Unavailable }, response.Json), response.Body);
    }

    public async Task DisposeAsync() => await _unseeded.DisposeAsync();
}
