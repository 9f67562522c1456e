using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Gives the rows a test writes as 225b36fd rows (no tenant, no session type, no access mode) what Clawith's
/// migrations give such rows on the way to 251aeba8 (DIFF.md §3, clawith-225b36fd-to-251aeba8.sql), so one
/// test's world holds on either generation. It fills only what the test left empty, only in the test's own
/// contexts (<see cref="ClawithAppFactory.NewDbContextAsync"/>: the app's writes are never helped), and only
/// where the model maps 251aeba8's columns: on 225b36fd it does nothing.
/// </summary>
/// <remarks>
/// Users are left as written: the migrations give none a tenant, and a user without one is a case of its
/// own (HeadWorld.Tenantless); a test world's users get <see cref="TestWorld.Tenant"/> from their row writer.
/// </remarks>
public static class MigrationBackfill
{
    public static void Attach(ClawithDbContext db) => db.SavingChanges += (_, _) => Fill(db);

    private static void Fill(ClawithDbContext db)
    {
        if (db.Model.FindEntityType(typeof(Agent))?.FindProperty(nameof(Agent.AccessMode)) is null)
            return;
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var permissions = added.OfType<AgentPermission>().ToList();
        foreach (var agent in added.OfType<Agent>())
        {
            agent.TenantId ??= TestWorld.Tenant;
            agent.AccessMode ??= AccessModeOf(permissions.Where(p => p.AgentId == agent.Id).ToList());
        }
        var agents = added.OfType<Agent>().ToDictionary(a => a.Id);
        foreach (var session in added.OfType<ChatSession>())
        {
            // unified_chat: the agent's tenant; the type from the channel and the group flag.
            session.TenantId ??= agents.GetValueOrDefault(session.AgentId)?.TenantId ?? TestWorld.Tenant;
            session.SessionType ??= SessionTypes.DerivedFrom(session.SourceChannel, session.IsGroup);
        }
    }

    /// <summary>
    /// Migration 052's mode, but for an agent shared with named users only: 052 makes it 'private' (creator
    /// only, A8), which would take its sharing away; Clawith writes 'custom' with user rows for an agent shared
    /// with named users (A9), as TestWorld's Atlas. The rows are the ones added with the agent.
    /// </summary>
    private static string AccessModeOf(IReadOnlyList<AgentPermission> rows) =>
        rows.Any(p => p.ScopeType == PermissionScope.Company) || rows.Count == 0 ? AgentAccessModes.Company
            : AgentAccessModes.Custom;
}
