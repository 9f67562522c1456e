using Clawith.Graph.Data;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>The database's own view of itself after a run: sound storage and no row pointing at nothing.</summary>
public static class DatabaseIntegrity
{
    public static async Task AssertSoundAsync(ClawithDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            Assert.Equal(["ok"], await RowsAsync(db, "PRAGMA integrity_check"));
            Assert.Empty(await RowsAsync(db, "PRAGMA foreign_key_check"));
        }
        else
        {
            Assert.Empty(await RowsAsync(db, "SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"));
        }
        Assert.Equal(0, await db.ChatSessions.CountAsync(s => !db.Agents.Any(a => a.Id == s.AgentId) || !db.Users.Any(u => u.Id == s.UserId)));
        Assert.Equal(0, await db.ChatMessages.CountAsync(m => !db.Agents.Any(a => a.Id == m.AgentId) || !db.Users.Any(u => u.Id == m.UserId)));

        // conversation_id is text with no foreign key (Clawith's own schema): every message must still name a session.
        var sessions = (await db.ChatSessions.Select(s => s.Id).ToListAsync()).Select(id => id.ToString()).ToHashSet();
        var conversations = await db.ChatMessages.Select(m => m.ConversationId).Distinct().ToListAsync();
        Assert.Empty(conversations.Except(sessions));
    }

    /// <summary>The first column of every row a statement returns, as text.</summary>
    private static async Task<List<string>> RowsAsync(ClawithDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(Convert.ToString(reader.GetValue(0))!);
        return rows;
    }
}
