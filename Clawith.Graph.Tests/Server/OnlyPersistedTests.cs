using System.Net;
using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;
using Microsoft.EntityFrameworkCore;
using static Clawith.Graph.Tests.Server.HttpTransport;
using static Clawith.Graph.Tests.Server.PersistedRequests;

namespace Clawith.Graph.Tests.Server;

/// <summary>
/// <c>OnlyPersisted</c>: the manifest's operations run (by id, by Apollo hash, or as their exact text) and
/// nothing else does, nor is any new text stored to be run by hash later.
/// </summary>
public sealed class OnlyPersistedTests(ClawithAppFactory app) : IClassFixture<ClawithAppFactory>, IDisposable
{
    private const string Me = "query Me { me { username } }";

    private readonly ManifestFile _manifest = ManifestFile.Of(Me);

    private LimitedHost Host() => LimitedHost.Start(app,
        ($"{PersistedDocumentsOptions.Section}:Manifest", _manifest.Path), ($"{PersistedDocumentsOptions.Section}:OnlyPersisted", "true"));

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task An_operation_not_in_the_manifest_is_refused_and_never_runs(string accept, HttpStatusCode status)
    {
        await using var host = Host();
        var delete = $$"""mutation { deleteSession(input: { agentId: "{{TestWorld.Atlas}}", sessionId: "{{TestWorld.CreatorWeb}}" }) { deletedSessionId } }""";

        var response = await host.As(TestWorld.Creator).PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { query = delete }), accept: accept);

        Assert.Equal(status, response.Status);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", response.ErrorCode());
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        await using var db = await app.NewDbContextAsync();
        Assert.True(await db.ChatSessions.AnyAsync(session => session.Id == TestWorld.CreatorWeb));
    }

    [Fact]
    public async Task The_manifest_s_documents_run_by_id_by_apollo_hash_and_as_their_exact_text()
    {
        await using var host = Host();
        var client = host.As(TestWorld.Creator);

        var byId = await client.PostDocumentIdAsync(ManifestFile.IdOf(Me));
        var byHash = await client.PostApqAsync(Sha256(Me));
        var asText = await client.PostAsync(Me);
        var reformatted = await client.PostAsync(Me.Replace(" ", "  "));

        Assert.Equal("""{"data":{"me":{"username":"carla"}}}""", byId.ShouldSucceed().Body);
        Assert.Equal(byId.Body, byHash.ShouldSucceed().Body);
        Assert.Equal(byId.Body, asText.ShouldSucceed().Body);
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", reformatted.ErrorCode());
    }

    [Fact]
    public async Task A_text_sent_with_its_apollo_hash_is_neither_run_nor_stored()
    {
        await using var host = Host();
        var client = host.As(TestWorld.Creator);
        const string query = "{ me { id } }";

        var registering = await client.PostApqAsync(Sha256(query), query);
        var byHash = await client.PostApqAsync(Sha256(query));

        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", registering.ErrorCode());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", byHash.ErrorCode());
    }

    [Fact]
    public async Task Introspection_not_in_the_manifest_is_refused_too()
    {
        await using var host = Host();

        var response = await host.Anonymous().PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", response.ErrorCode());
    }

    public void Dispose() => _manifest.Dispose();
}
