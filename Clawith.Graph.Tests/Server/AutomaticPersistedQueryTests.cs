using System.Net;
using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Server.HttpTransport;
using static Clawith.Graph.Tests.Server.PersistedRequests;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// Apollo's automatic persisted queries: a hash the server does not hold gets the error Apollo's link resends
/// the text on; the text with its hash is stored once the hash proves to be its own, in a bounded cache, and
/// later requests by hash alone (POST or GET) run it as the text would run.
/// </summary>
public sealed class AutomaticPersistedQueryTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>
{
    private static string Me(string marker) => $"{{ me {{ username }} }} # {marker}";

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task An_unknown_hash_gets_the_not_found_error_apollo_s_link_resends_on_and_is_never_cached(string accept, HttpStatusCode status)
    {
        var response = await app.Client().As(TestWorld.Creator).PostApqAsync(Sha256(Me(Guid.NewGuid().ToString())), accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", response.ErrorCode());
        Assert.Equal("PersistedQueryNotFound", response.ErrorMessage());
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_text_sent_with_its_hash_is_stored_and_the_hash_alone_then_runs_it()
    {
        var client = app.Client().As(TestWorld.Creator);
        var query = Me(Guid.NewGuid().ToString());
        var hash = Sha256(query);

        var registered = await client.PostApqAsync(hash, query);
        var byHash = await client.PostApqAsync(hash);

        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", registered.ShouldSucceed().Body);
        Assert.Equal(registered.Body, byHash.ShouldSucceed().Body);
    }

    [Fact]
    public async Task A_hash_that_is_not_the_text_s_is_refused_and_nothing_is_stored()
    {
        var client = app.Client().As(TestWorld.Creator);
        var claimed = Sha256(Me("what the client claims"));

        var mismatch = await client.PostApqAsync(claimed, Me("what it sends"), accept: Json);
        var byHash = await client.PostApqAsync(claimed);

        mismatch.ShouldBeRefused(HttpStatusCode.BadRequest, "is not the persistedQuery's sha256Hash");
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.ErrorCode());
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"HASH"}}""")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"not-a-hash"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    [InlineData("""{"persistedQuery":"HASH"}""")]
    public async Task A_malformed_persisted_query_extension_is_400_saying_what_it_must_hold(string extensions)
    {
        var body = $$"""{"extensions": {{extensions.Replace("HASH", Sha256(Me("x")))}}}""";

        var response = await app.Client().As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "extensions.persistedQuery must be an object with version 1 and sha256Hash");
    }

    [Fact]
    public async Task Over_get_a_hash_is_not_found_until_stored_then_answers_for_caching_proxies()
    {
        var client = app.Client().As(TestWorld.Creator);
        const string query = "query($agent: UUID!) { agent(id: $agent) { name } }";
        var variables = $$"""{"agent":"{{TestWorld.Atlas}}"}""";
        var hash = Sha256(query);

        var unknown = await client.GetAsync(ApqGetUrl(hash, variables: variables));
        var registered = await client.GetAsync(ApqGetUrl(hash, query, variables));
        var byHash = await client.GetAsync(ApqGetUrl(hash, variables: variables));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.ErrorCode());
        Assert.Equal("""{"data":{"agent":{"name":"Atlas"}}}""", registered.ShouldSucceed().Body);
        Assert.Equal(registered.Body, byHash.ShouldSucceed().Body);
    }

    [Fact]
    public async Task A_stored_mutation_is_still_refused_over_get_by_its_hash_and_changes_nothing()
    {
        await using var world = await ClawithAppFactory.CreateAsync();
        var client = world.Client().As(TestWorld.Creator);
        var mutation = $$"""mutation { createSession(input: { agentId: "{{TestWorld.Atlas}}", title: "Stored" }) { session { id } } }""";
        var hash = Sha256(mutation);
        (await client.PostApqAsync(hash, mutation)).ShouldSucceed();
        var sessions = await SessionCountAsync(world);

        var overGet = await client.SendAsync(HttpMethod.Get, ApqGetUrl(hash));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, overGet.Status);
        Assert.Equal(sessions, await SessionCountAsync(world));
    }

    [Fact]
    public async Task A_query_run_by_hash_is_authorized_and_costed_as_its_text_is()
    {
        var client = app.Client().As(TestWorld.Stranger);
        var query = $$"""query($size: Int) { sessions(agentId: "{{TestWorld.Atlas}}", first: $size) { nodes { messages(first: $size) { nodes { id createdAt } } } } }""";
        var hash = Sha256(query);

        var asText = await client.PostApqAsync(hash, query, new { size = 1 });
        var byHash = await client.PostApqAsync(hash, variables: new { size = 1 });
        var tooCostly = await client.PostApqAsync(hash, variables: new { size = 500 });

        Assert.Equal("AUTH_NOT_AUTHORIZED", asText.ErrorCode());
        Assert.Equal(asText.Body, byHash.Body);
        Assert.Equal("MAX_COST_EXCEEDED", tooCostly.ErrorCode());
    }

    [Fact]
    public async Task The_cache_holds_at_most_its_setting_and_lets_the_least_recently_used_go()
    {
        await using var host = LimitedHost.Start(app, ($"{PersistedDocumentsOptions.Section}:MaxAutomaticQueries", "2"));
        var client = host.As(TestWorld.Creator);
        string[] queries = [Me("first"), Me("second"), Me("third")];

        foreach (var query in queries[..2])
            (await client.PostApqAsync(Sha256(query), query)).ShouldSucceed();
        (await client.PostApqAsync(Sha256(queries[0]))).ShouldSucceed();
        (await client.PostApqAsync(Sha256(queries[2]), queries[2])).ShouldSucceed();

        Assert.Equal(2, host.Services.GetRequiredService<AutomaticPersistedQueries>().Count);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", (await client.PostApqAsync(Sha256(queries[1]))).ErrorCode());
        (await client.PostApqAsync(Sha256(queries[0]))).ShouldSucceed();
        (await client.PostApqAsync(Sha256(queries[2]))).ShouldSucceed();
    }

    [Fact]
    public async Task A_text_longer_than_the_document_limit_is_refused_and_takes_no_place()
    {
        var query = Me(new string('x', 17_000));

        var response = await app.Client().As(TestWorld.Creator).PostApqAsync(Sha256(query), query);

        Assert.Equal("DOCUMENT_TOO_LARGE", response.ErrorCode());
        Assert.Null(app.Services.GetRequiredService<AutomaticPersistedQueries>().Find(Sha256(query)));
    }

    private static async Task<int> SessionCountAsync(ClawithAppFactory world)
    {
        await using var db = await world.NewDbContextAsync();
        return await db.ChatSessions.CountAsync();
    }
}
