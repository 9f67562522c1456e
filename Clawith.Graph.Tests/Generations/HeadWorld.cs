using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Generations;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// The test world on Clawith 251aeba8's schema (<see cref="TestWorld"/>, whose users and agents are in
/// <see cref="TestWorld.Tenant"/>), whatever generation the run is on: Clawith's own head schema on PostgreSQL,
/// the app's CreateSchema on SQLite. It adds what only this generation has: a second tenant with its own
/// users and agent, a user without a tenant, soft-deleted rows, agent runs.
/// </summary>
public static class HeadWorld
{
    public static readonly Guid OtherTenant = Id("70000000", 2);
    /// <summary>Platform admin of <see cref="OtherTenant"/>.</summary>
    public static readonly Guid OtherAdmin = Id("1b000000", 1);
    /// <summary>A member of <see cref="OtherTenant"/>, who created <see cref="Drift"/>.</summary>
    public static readonly Guid OtherMember = Id("1b000000", 2);
    /// <summary>A member with no tenant.</summary>
    public static readonly Guid Tenantless = Id("1b000000", 3);
    /// <summary><see cref="OtherTenant"/>'s company-wide agent.</summary>
    public static readonly Guid Drift = Id("ab000000", 1);
    /// <summary><see cref="OtherMember"/>'s chat with Drift, with one message.</summary>
    public static readonly Guid DriftChat = Id("cb000000", 1);

    public static Task<ClawithAppFactory> CreateAsync() => ClawithAppFactory.CreateAsync(SchemaGeneration.Commit251aeba8);

    /// <summary>A 251aeba8 app with the second tenant and the tenant-less user added.</summary>
    public static async Task<ClawithAppFactory> CreateWithTwoTenantsAsync()
    {
        var app = await CreateAsync();
        await using var db = await app.NewDbContextAsync();
        var rows = new DemoRowWriter(db, OtherTenant);
        rows.Tenant(OtherTenant, "Other tenant", "other");
        rows.User(OtherAdmin, "otto", "Otto Other", UserRole.PlatformAdmin);
        rows.User(OtherMember, "olga", "Olga Other", UserRole.Member);
        db.Agents.Add(new Agent { Id = Drift, Name = "Drift", CreatorId = OtherMember, TenantId = OtherTenant, AccessMode = AgentAccessModes.Company });
        var chat = rows.Session(DriftChat, Drift, OtherMember, "Drift hello", "web", TestWorld.T0);
        rows.Message(chat, Id("eb000000", 1), ChatRole.User, "Hi Drift.", TestWorld.T0.AddMinutes(1));
        new DemoRowWriter(db).User(Tenantless, "tina", "Tina Tenantless", UserRole.PlatformAdmin);
        await db.SaveChangesAsync();
        return app;
    }

    /// <summary>Runs one statement on the app's database (values as {0}…, stored as the column they go to).</summary>
    public static async Task ExecuteAsync(ClawithAppFactory app, string sql, params object[] values)
    {
        await using var db = await app.NewDbContextAsync();
        await db.Database.ExecuteSqlRawAsync(sql, values);
    }

    /// <summary>A uuid as the database stores it (text on SQLite), for <see cref="ExecuteAsync"/>.</summary>
    public static async Task<object> StoredIdAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        return db.Stored<ChatSession>(nameof(ChatSession.Id), id);
    }

    public static async Task<ChatSession> SessionRowAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatSessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    public static Guid Id(string prefix, int number) => Guid.Parse($"{prefix}-0000-4000-8000-{number:D12}");
}
