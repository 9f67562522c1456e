using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>Changes to who may do what, made straight in the database, as an operator or Clawith's backend makes them.</summary>
public static class AccessChanges
{
    public static async Task DeactivateAsync(ClawithAppFactory app, Guid userId)
    {
        await using var db = await app.NewDbContextAsync();
        Assert.Equal(1, await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));
    }

    public static async Task DeleteUserAsync(ClawithAppFactory app, Guid userId)
    {
        await using var db = await app.NewDbContextAsync();
        Assert.Equal(1, await db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync());
    }

    public static async Task SetRoleAsync(ClawithAppFactory app, Guid userId, UserRole role)
    {
        await using var db = await app.NewDbContextAsync();
        Assert.Equal(1, await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.Role, role)));
    }

    /// <summary>Takes back the permission row that shares <paramref name="agentId"/> with <paramref name="userId"/>.</summary>
    public static async Task RevokeAgentPermissionAsync(ClawithAppFactory app, Guid agentId, Guid userId)
    {
        await using var db = await app.NewDbContextAsync();
        Assert.Equal(1, await db.AgentPermissions
            .Where(p => p.AgentId == agentId && p.ScopeType == PermissionScope.User && p.ScopeId == userId)
            .ExecuteDeleteAsync());
    }
}
