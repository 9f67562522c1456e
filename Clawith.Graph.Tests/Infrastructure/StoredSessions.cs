using Clawith.Graph.Data;
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

    /// <summary>Whether a delete leaves the row with deleted_at set (251aeba8, D1) rather than removing it and its messages (225b36fd).</summary>
    public static bool DeletesAreSoft(ClawithDbContext db) =>
        db.Model.FindEntityType(typeof(ChatSession))?.FindProperty(nameof(ChatSession.DeletedAt)) is not null;

    /// <summary>The sessions no delete has reached: every row on 225b36fd, the rows without deleted_at on 251aeba8.</summary>
    public static IQueryable<ChatSession> Undeleted(ClawithDbContext db) =>
        DeletesAreSoft(db) ? db.ChatSessions.Where(s => s.DeletedAt == null) : db.ChatSessions;

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
