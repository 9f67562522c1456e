using System.Diagnostics;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Live;
using Clawith.Graph.Tests.Live;
using Clawith.Graph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>
/// The listing and its events are one stream: random sequences of createSession, sendMessage, renameSession and
/// deleteSession by two members and an admin (refusals included), watched by sidebars on MINE (of each of them)
/// and ALL (another admin), each started from one sessions query. After each sequence every sidebar equals a
/// fresh query: same sessions, same order, same title, messageCount and lastMessageAt; and no sidebar was
/// told of a session outside its listing. Each sequence has an agent of its own. The seed is fixed and printed;
/// set CLAWITH_SIDEBAR_SEED to replay another. On PostgreSQL the events go through NOTIFY.
/// </summary>
public sealed class SidebarPropertyTests(DatabaseBusServer server, ITestOutputHelper output) : IClassFixture<DatabaseBusServer>
{
    private const int DefaultSeed = 20_260_716;
    private const int Sequences = 20;

    [Fact]
    public async Task A_sidebar_that_applies_its_events_to_one_query_always_ends_equal_to_a_fresh_query()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CLAWITH_SIDEBAR_SEED"), out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"Sidebar seed {seed} (replay with CLAWITH_SIDEBAR_SEED={seed}), {Sequences} sequences");
        var creator = await ActorAsync(TestWorld.Creator, "Carla");
        var permitted = await ActorAsync(TestWorld.Permitted, "Pete");
        var admin = await ActorAsync(TestWorld.PlatformAdmin, "Root");
        SidebarActor[] actors = [creator, permitted, admin];
        SidebarClient[] sidebars =
        [
            await SidebarAsync(TestWorld.Creator, "Carla's MINE", "MINE"),
            await SidebarAsync(TestWorld.Permitted, "Pete's MINE", "MINE"),
            await SidebarAsync(TestWorld.PlatformAdmin, "Root's MINE", "MINE"),
            await SidebarAsync(TestWorld.AgentAdmin, "Adam's ALL", "ALL"),
        ];
        var clock = Stopwatch.StartNew();
        var operations = 0;
        using var bus = ChatEventCollector.On(server.Bus);
        try
        {
            for (var sequence = 0; sequence < Sequences; sequence++)
                operations += await RunSequenceAsync(new Random(unchecked(seed * 1_000 + sequence)), $"seed {seed}, sequence {sequence}", actors, admin, sidebars, bus);
        }
        finally
        {
            foreach (var disposable in actors.Cast<IAsyncDisposable>().Concat(sidebars))
                await disposable.DisposeAsync();
        }

        var heard = sidebars.SelectMany(s => s.Heard).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.Sum(h => h.Value));
        output.WriteLine($"{Sequences} sequences, {operations} operations in {clock.Elapsed.TotalSeconds:F1} s; events applied: " +
            string.Join(", ", heard.OrderBy(h => h.Key).Select(h => $"{h.Key} {h.Value}")));
        // Each kind happened, or the sequences proved less than they claim.
        Assert.All(new[] { "ADDED", "RENAMED", "MESSAGE_ADDED", "DELETED" }, kind => Assert.True(heard.GetValueOrDefault(kind) > 0, $"No {kind} was heard."));
    }

    /// <summary>One sequence on a new agent; its number of operations.</summary>
    private async Task<int> RunSequenceAsync(
        Random random, string name, SidebarActor[] actors, SidebarActor admin, SidebarClient[] sidebars, ChatEventCollector bus)
    {
        var agentId = await NewAgentAsync();
        // A session of each actor, listed everywhere it belongs: renamed last, it tells each sidebar that all came.
        var markers = new Dictionary<Guid, Guid>();
        foreach (var actor in actors)
        {
            markers[actor.UserId] = await actor.CreateAsync(agentId, "marker");
            Assert.True(await actor.SendAsync(agentId, markers[actor.UserId], "marker"));
        }
        // NOTIFY delivers later than the write: let the last marker's event (and so every one before it) pass
        // before the sidebars subscribe, or they would hear of what their first query already shows.
        var lastMarker = markers[actors[^1].UserId];
        await bus.WaitForAsync(e => e.Kind == ChatEventKind.MessageAdded && e.SessionId == lastMarker, seconds: 30);
        foreach (var sidebar in sidebars)
            await sidebar.StartAsync(agentId, name);
        await server.WaitForSubscribersAsync(sidebars.Length + 1);

        var script = new SidebarScript(random, actors, admin, agentId);
        var count = random.Next(6, 25);
        for (var n = 0; n < count; n++)
            await script.RunNextAsync();

        var end = $"end of {name}";
        foreach (var actor in actors)
            Assert.True(await actor.RenameAsync(agentId, markers[actor.UserId], end));
        var failures = new List<string>();
        foreach (var sidebar in sidebars)
        {
            // A MINE sidebar lists its own marker only; ALL lists them all.
            var awaited = sidebar.Name.EndsWith("ALL") ? markers.Count : 1;
            var seen = 0;
            await sidebar.ApplyUntilAsync((kind, session) => kind == "RENAMED" && session?.Title == end && ++seen == awaited);
            var fresh = await sidebar.QueryAsync();
            if (!fresh.SequenceEqual(sidebar.Rows) || sidebar.Violations.Count > 0 || sidebar.Vanishing.Count > 0)
                failures.Add($"""
                    {sidebar.Name}: {string.Join("; ", sidebar.Violations)}{(sidebar.Vanishing.Count > 0 ? $" never deleted: {string.Join(", ", sidebar.Vanishing)}" : "")}
                      applied: {string.Join(" | ", sidebar.Rows)}
                      fresh:   {string.Join(" | ", fresh)}
                    """);
            await sidebar.StopAsync();
        }
        await server.WaitForSubscribersAsync(1);
        Assert.True(failures.Count == 0, $"{name}, after:\n{string.Join("\n", script.Log)}\n{string.Join("\n", failures)}");
        return count;
    }

    /// <summary>An agent of the sequence's own: created by Carla, shared with Pete and with Adam (an agent admin, who lists ALL).</summary>
    private async Task<Guid> NewAgentAsync()
    {
        var agentId = Guid.NewGuid();
        await using var db = await server.App.NewDbContextAsync();
        db.Agents.Add(new Agent { Id = agentId, Name = "Sidebar", CreatorId = TestWorld.Creator });
        db.AgentPermissions.AddRange(
            new AgentPermission { Id = Guid.NewGuid(), AgentId = agentId, ScopeType = PermissionScope.User, ScopeId = TestWorld.Permitted },
            new AgentPermission { Id = Guid.NewGuid(), AgentId = agentId, ScopeType = PermissionScope.User, ScopeId = TestWorld.AgentAdmin });
        await db.SaveChangesAsync();
        return agentId;
    }

    private async Task<SidebarActor> ActorAsync(Guid userId, string name) => new(await server.ConnectAsAsync(userId), userId, name);

    private async Task<SidebarClient> SidebarAsync(Guid userId, string name, string scope) => new(await server.ConnectAsAsync(userId), name, scope);
}
