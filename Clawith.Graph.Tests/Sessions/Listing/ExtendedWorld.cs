using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Sessions.Listing;

/// <summary>
/// An app of its own whose test world gets extra rows once, before its tests; those tests only read,
/// so one class shares it (as IClassFixture) without touching the world other classes see.
/// </summary>
public abstract class ExtendedWorld : IAsyncLifetime
{
    public ClawithAppFactory App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var db = await App.NewDbContextAsync();
        await AddRowsAsync(db);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();

    protected abstract Task AddRowsAsync(ClawithDbContext db);

    /// <summary>Adds a session and, unless <paramref name="messageRole"/> is null, one message at <paramref name="at"/>.</summary>
    protected static void AddSession(
        ClawithDbContext db, Guid id, Guid agentId, Guid ownerId, string title, string channel, DateTime at,
        bool isGroup = false, string? groupName = null, Guid? peerAgentId = null, ChatRole? messageRole = ChatRole.User)
    {
        var rows = new DemoRowWriter(db);
        var session = rows.Session(id, agentId, ownerId, title, channel, at, peerAgentId, isGroup, groupName);
        if (messageRole is { } role)
            rows.Message(session, Guid.NewGuid(), role, $"A message of {title}.", at);
    }
}

/// <summary>The test world plus sessions for the listing rules it has no row for.</summary>
public sealed class EdgeCaseWorld : ExtendedWorld
{
    /// <summary>Creator's own agent-channel session of Atlas with Beacon, with a user message.</summary>
    public static readonly Guid CreatorAgentChannel = Guid.Parse("c2000000-0000-4000-8000-000000000001");
    /// <summary>Creator's agent-channel session of Atlas with no peer: a user session.</summary>
    public static readonly Guid CreatorAgentNoPeer = Guid.Parse("c2000000-0000-4000-8000-000000000002");
    /// <summary>A web session of Harbor that names Atlas as peer: not Atlas's, the channel is not 'agent'.</summary>
    public static readonly Guid HarborWebNamingAtlas = Guid.Parse("c2000000-0000-4000-8000-000000000003");
    /// <summary>A group session of Atlas with a title but no group name.</summary>
    public static readonly Guid TitledGroup = Guid.Parse("c2000000-0000-4000-8000-000000000004");
    /// <summary>Atlas talking to an agent whose name is empty.</summary>
    public static readonly Guid AtlasToUnnamedAgent = Guid.Parse("c2000000-0000-4000-8000-000000000005");
    /// <summary>Atlas talking to an agent whose row is gone.</summary>
    public static readonly Guid AtlasToVanishedAgent = Guid.Parse("c2000000-0000-4000-8000-000000000006");
    public static readonly Guid UnnamedAgent = Guid.Parse("a2000000-0000-4000-8000-000000000001");

    protected override async Task AddRowsAsync(ClawithDbContext db)
    {
        var at = TestWorld.T0.AddDays(1);
        db.Agents.Add(new Agent { Id = UnnamedAgent, Name = "", CreatorId = TestWorld.PlatformAdmin });
        AddSession(db, CreatorAgentChannel, TestWorld.Atlas, TestWorld.Creator, "Carla's bridge", "agent", at, peerAgentId: TestWorld.Beacon);
        AddSession(db, CreatorAgentNoPeer, TestWorld.Atlas, TestWorld.Creator, "No peer", "agent", at.AddMinutes(1));
        AddSession(db, HarborWebNamingAtlas, TestWorld.Harbor, TestWorld.CompanyMember, "Stray peer", "web", at.AddMinutes(2),
            peerAgentId: TestWorld.Atlas);
        AddSession(db, TitledGroup, TestWorld.Atlas, TestWorld.Creator, "Standup", "slack", at.AddMinutes(3), isGroup: true);
        AddSession(db, AtlasToUnnamedAgent, TestWorld.Atlas, TestWorld.OrgAdmin, "To nobody", "agent", at.AddMinutes(4),
            peerAgentId: UnnamedAgent);
        await db.SaveChangesAsync();

        // A peer deleted behind the session's back, as a database without the foreign key allows.
        await TestDatabase.WithoutForeignKeysAsync(db, async () =>
        {
            AddSession(db, AtlasToVanishedAgent, TestWorld.Atlas, TestWorld.OrgAdmin, "To the void", "agent", at.AddMinutes(5),
                peerAgentId: TestWorld.Missing);
            await db.SaveChangesAsync();
        });
    }
}

/// <summary>The test world plus 520 sessions of CompanyMember with Harbor: more than the largest page.</summary>
public sealed class CrowdedWorld : ExtendedWorld
{
    public const int ExtraSessions = 520;

    /// <summary>CompanyMember's sessions of Harbor: the extra ones and HarborChat.</summary>
    public const int HarborSessions = ExtraSessions + 1;

    /// <summary>The i-th extra session, its last message i minutes into the day after T0.</summary>
    public static Guid SessionId(int i) => Guid.Parse($"c3000000-0000-4000-8000-{i:D12}");

    protected override Task AddRowsAsync(ClawithDbContext db)
    {
        for (var i = 0; i < ExtraSessions; i++)
            AddSession(db, SessionId(i), TestWorld.Harbor, TestWorld.CompanyMember,
                $"Crowd {i}", "web", TestWorld.T0.AddDays(1).AddMinutes(i));
        return Task.CompletedTask;
    }
}
