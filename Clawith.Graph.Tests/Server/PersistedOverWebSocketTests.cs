using Clawith.Graph.Server.Persisted;
using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Subscriptions;

namespace Clawith.Graph.Tests.Server;

/// <summary>A server that runs only its manifest's operations, on a real port, for WebSocket clients.</summary>
public sealed class OnlyPersistedLiveServer : LiveServer, IDisposable
{
    public const string Follow = "subscription Follow($agent: UUID!, $session: UUID!) { messageAdded(agentId: $agent, sessionId: $session) { content } }";

    private readonly ManifestFile _manifest = ManifestFile.Of(Follow);

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [$"{PersistedDocumentsOptions.Section}:Manifest"] = _manifest.Path,
        [$"{PersistedDocumentsOptions.Section}:OnlyPersisted"] = "true",
    };

    public void Dispose() => _manifest.Dispose();
}

/// <summary>
/// OnlyPersisted holds on every transport: over WebSocket, a subscribe with text outside the manifest gets an
/// error and no stream; the manifest's subscription subscribes by its documentId.
/// </summary>
public sealed class PersistedOverWebSocketTests(OnlyPersistedLiveServer server) : IClassFixture<OnlyPersistedLiveServer>
{
    [Fact]
    public async Task A_subscription_not_in_the_manifest_is_refused_and_the_manifest_s_runs_by_its_id()
    {
        await using var client = await server.ConnectAsAsync(TestWorld.Creator);
        var variables = new { agent = TestWorld.Atlas, session = TestWorld.CreatorWeb };

        await client.SubscribeAsync("text", OnlyPersistedLiveServer.Follow.Replace("content", "id"), variables);
        var refused = (await client.ReceiveAsync("error", "text"))[0];
        await client.SendAsync(new { type = "subscribe", id = "by-id", payload = new { documentId = ManifestFile.IdOf(OnlyPersistedLiveServer.Follow), variables } });
        await server.WaitForSubscribersAsync(1);
        await server.AddMessageAsync(TestWorld.CreatorWeb, "Persisted, and heard.");

        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", refused.GetProperty("extensions").GetProperty("code").GetString());
        var next = await client.ReceiveAsync("next", "by-id");
        Assert.Equal("Persisted, and heard.", next.GetProperty("data").GetProperty("messageAdded").GetProperty("content").GetString());
        await client.CompleteAsync("by-id");
        await server.WaitForSubscribersAsync(0);
    }
}
