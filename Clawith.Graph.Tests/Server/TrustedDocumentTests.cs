using System.Net;
using Clawith.Graph.Server;
using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Server.HttpTransport;
using static Clawith.Graph.Tests.Server.PersistedRequests;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// Trusted documents: the manifest's documents run by their documentId (the persisted-documents draft), with
/// or without the <c>sha256:</c> prefix, over POST and GET. Validated once, they are remembered for good and
/// skip the parser and validation; what depends on the request (variables, a page size from a variable, GET)
/// is checked each time, and they meet the same limits and access rules as the same text sent in full.
/// </summary>
public sealed class TrustedDocumentTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>, IDisposable
{
    private const string Me = "query Me { me { username displayName } }";
    private const string Listing = "query Listing($agent: UUID!, $size: Int) { sessions(agentId: $agent, first: $size) { nodes { messages(first: $size) { nodes { id createdAt } } } } }";
    private const string Rename = "mutation Rename($agent: UUID!, $session: UUID!) { renameSession(input: { agentId: $agent, sessionId: $session, title: \"Renamed\" }) { session { title } } }";
    private const string Follow = "subscription Follow($agent: UUID!) { sessionChanged(agentId: $agent) { kind } }";
    private const string Deep = "query Deep { me { username } sessions(agentId: \"a0000000-0000-4000-8000-000000000001\") { nodes { agent { creator { username } } } } }";

    private readonly ManifestFile _manifest = ManifestFile.Of(Me, Listing, Rename, Follow, Deep);

    private LimitedHost Host(params (string Key, string Value)[] settings) =>
        LimitedHost.Start(app, [($"{PersistedDocumentsOptions.Section}:Manifest", _manifest.Path), .. settings]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_manifest_document_runs_by_its_id_with_or_without_the_sha256_prefix(bool prefixed)
    {
        await using var host = Host();
        var id = prefixed ? ManifestFile.IdOf(Me) : Sha256(Me);

        var response = await host.As(TestWorld.Creator).PostDocumentIdAsync(id);

        Assert.Equal("""{"data":{"me":{"username":"carla","displayName":"Carla Creator"}}}""", response.ShouldSucceed().Body);
    }

    [Fact]
    public async Task The_manifest_is_read_once_at_start_so_a_file_gone_afterwards_changes_nothing()
    {
        using var manifest = ManifestFile.Of(Me);
        await using var host = LimitedHost.Start(app, ($"{PersistedDocumentsOptions.Section}:Manifest", manifest.Path));
        _ = host.Services; // the start, where the settings (and the manifest with them) are checked
        File.Delete(manifest.Path);

        var response = await host.As(TestWorld.Creator).PostDocumentIdAsync(ManifestFile.IdOf(Me));

        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Fact]
    public async Task A_manifest_query_runs_by_its_id_over_get()
    {
        await using var host = Host();
        var url = $"/graphql?documentId={Uri.EscapeDataString(ManifestFile.IdOf(Me))}";

        var response = await host.As(TestWorld.Creator).GetAsync(url, GraphQLResponse);

        Assert.Equal("carla", (string?)response.ShouldSucceed().Data!["me"]!["username"]);
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task An_id_the_manifest_does_not_hold_is_refused_naming_it(string accept, HttpStatusCode status)
    {
        await using var host = Host();
        var id = ManifestFile.IdOf("{ me { id } }");

        var response = await host.As(TestWorld.Creator).PostDocumentIdAsync(id, accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", response.ErrorCode());
        Assert.Contains(id, response.ErrorMessage());
        Assert.False(response.Json.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task A_request_with_both_a_query_and_a_document_id_is_400()
    {
        await using var host = Host();
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = Me, documentId = ManifestFile.IdOf(Me) });

        var response = await host.As(TestWorld.Creator).PostRawAsync(body);

        response.ShouldBeRefused(HttpStatusCode.BadRequest, "both query and documentId");
    }

    [Fact]
    public async Task A_validated_trusted_document_is_remembered_for_good_past_any_number_of_other_texts()
    {
        await using var host = Host();
        var client = host.As(TestWorld.Creator);
        (await client.PostDocumentIdAsync(ManifestFile.IdOf(Me))).ShouldSucceed();

        for (var i = 0; i < ValidatedDocuments.Capacity + 10; i++)
            host.Services.GetRequiredService<ValidatedDocuments>().Remember($"{{ me {{ id }} }} # {i}", GraphQLParser.Parser.Parse("{ me { id } }"));

        Assert.NotNull(host.Services.GetRequiredService<ValidatedDocuments>().Find(Me));
        (await client.PostDocumentIdAsync(ManifestFile.IdOf(Me))).ShouldSucceed();
    }

    [Fact]
    public async Task A_trusted_document_is_costed_once_when_it_fixes_its_page_sizes_and_on_every_request_when_a_variable_sets_them()
    {
        await using var host = Host();
        var client = host.As(TestWorld.Creator);

        (await client.PostDocumentIdAsync(ManifestFile.IdOf(Me))).ShouldSucceed();
        (await client.PostDocumentIdAsync(ManifestFile.IdOf(Listing), new { agent = TestWorld.Atlas, size = 2 })).ShouldSucceed();
        var tooCostly = await client.PostDocumentIdAsync(ManifestFile.IdOf(Listing), new { agent = TestWorld.Atlas, size = 500 });
        var notAnId = await client.PostDocumentIdAsync(ManifestFile.IdOf(Listing), new { agent = "atlas", size = 2 });

        Assert.True(host.Services.GetRequiredService<ValidatedDocuments>().Find(Me)!.FixedCost);
        Assert.False(host.Services.GetRequiredService<ValidatedDocuments>().Find(Listing)!.FixedCost);
        Assert.Equal("MAX_COST_EXCEEDED", tooCostly.ErrorCode());
        Assert.Equal("INVALID_INPUT", notAnId.ErrorCode());
    }

    [Fact]
    public async Task A_trusted_mutation_is_refused_over_get_and_a_trusted_subscription_over_http()
    {
        await using var host = Host();
        var client = host.As(TestWorld.Creator);
        var variables = Uri.EscapeDataString($$"""{"agent":"{{TestWorld.Atlas}}","session":"{{TestWorld.CreatorWeb}}"}""");

        var mutationOverGet = await client.SendAsync(HttpMethod.Get, $"/graphql?documentId={ManifestFile.IdOf(Rename)}&variables={variables}");
        var subscription = await client.PostDocumentIdAsync(ManifestFile.IdOf(Follow), new { agent = TestWorld.Atlas });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutationOverGet.Status);
        Assert.StartsWith("A subscription is answered with a stream of events", subscription.ErrorMessage());
    }

    [Fact]
    public async Task A_trusted_document_meets_the_same_limits_as_its_text()
    {
        await using var host = Host(("GraphQL:Limits:MaxDepth", "3"));

        var byId = await host.As(TestWorld.Creator).PostDocumentIdAsync(ManifestFile.IdOf(Deep));
        var asText = await host.As(TestWorld.Creator).PostAsync(Deep);

        Assert.Equal("MAX_DEPTH_EXCEEDED", byId.ErrorCode());
        Assert.Equal(asText.Body, byId.Body);
    }

    [Fact]
    public async Task A_trusted_document_is_authorized_and_reads_with_the_same_sql_as_its_text()
    {
        await using var host = Host();
        var stranger = host.As(TestWorld.Stranger);
        var creator = host.As(TestWorld.Creator);
        var variables = new { agent = TestWorld.Atlas, size = 3 };

        var refusedById = await stranger.PostDocumentIdAsync(ManifestFile.IdOf(Listing), variables);
        var refusedAsText = await stranger.PostAsync(Listing, variables);
        app.Sql.Reset();
        var byId = await creator.PostDocumentIdAsync(ManifestFile.IdOf(Listing), variables);
        var sqlById = app.Sql.Commands;
        app.Sql.Reset();
        var asText = await creator.PostAsync(Listing, variables);

        Assert.Equal("AUTH_NOT_AUTHORIZED", refusedById.ErrorCode());
        Assert.Equal(refusedAsText.Body, refusedById.Body);
        Assert.Equal(asText.ShouldSucceed().Body, byId.ShouldSucceed().Body);
        Assert.Equal(app.Sql.Commands, sqlById);
    }

    public void Dispose() => _manifest.Dispose();
}
