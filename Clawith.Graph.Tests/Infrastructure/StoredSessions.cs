using Clawith.Graph.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>What the database holds after a mutation, read straight from its tables.</summary>
public static class StoredSessions
{
    public static async Task<ChatSession?> FindAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
    }

    public static async Task<string?> TitleAsync(ClawithAppFactory app, Guid id) => (await FindAsync(app, id))?.Title;

    /// <summary>The title's length as the database itself counts it (length() counts characters, not UTF-16 units, on SQLite and PostgreSQL alike).</summary>
    public static async Task<int> TitleLengthInDatabaseAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        var key = id.ToString();
        return await db.Database.SqlQuery<int>($"SELECT length(title) AS \"Value\" FROM chat_sessions WHERE CAST(id AS TEXT) = {key}").SingleAsync();
    }

    public static async Task<int> CountAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatSessions.CountAsync();
    }

    public static async Task<IReadOnlySet<Guid>> SessionIdsAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        return (await db.ChatSessions.Select(s => s.Id).ToListAsync()).ToHashSet();
    }

    public static async Task<int> MessageCountAsync(ClawithAppFactory app, Guid sessionId)
    {
        await using var db = await app.NewDbContextAsync();
        var conversationId = sessionId.ToString();
        return await db.ChatMessages.CountAsync(m => m.ConversationId == conversationId);
    }
}
