using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>The clients' ledgers against the tables, read straight from the database after a run.</summary>
public static class NothingLost
{
    /// <summary>
    /// Every acknowledged create is there (unless acknowledged deleted), under its last acknowledged
    /// title; every acknowledged delete is gone (225b36fd: with all its messages; 251aeba8 keeps the row, deleted, and
    /// its messages: D1); the surviving seeded sessions
    /// keep every message. Returns how many sessions were checked alive and gone.
    /// </summary>
    public static async Task<(int Alive, int Deleted)> AssertAsync(ClawithAppFactory world, IReadOnlyList<SoakClient> clients)
    {
        var alive = clients.SelectMany(c => c.Alive).ToDictionary();
        var deleted = clients.SelectMany(c => c.Deleted).ToList();
        var aliveIds = alive.Keys.ToList();
        var deletedConversations = deleted.Select(id => id.ToString()).ToList();
        var seededAlive = clients.SelectMany(c => c.Seeded).Where(s => alive.ContainsKey(s.Key)).ToDictionary();
        var seededConversations = seededAlive.Keys.Select(id => id.ToString()).ToList();

        await using var db = await world.NewDbContextAsync();
        var stored = await db.ChatSessions.AsNoTracking().Where(s => aliveIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title);
        Assert.Empty(aliveIds.Except(stored.Keys));
        Assert.Empty(alive.Where(s => stored[s.Key] != s.Value).Select(s => $"{s.Key}: '{stored[s.Key]}', acknowledged '{s.Value}'"));

        Assert.Empty(await StoredSessions.Undeleted(db).Where(s => deleted.Contains(s.Id)).Select(s => s.Id).ToListAsync());
        if (!StoredSessions.DeletesAreSoft(db))
            Assert.Empty(await db.ChatMessages.Where(m => deletedConversations.Contains(m.ConversationId)).Select(m => m.ConversationId).ToListAsync());

        var messages = await db.ChatMessages.Where(m => seededConversations.Contains(m.ConversationId))
            .GroupBy(m => m.ConversationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Empty(seededAlive.Where(s => messages.GetValueOrDefault(s.Key.ToString()) != s.Value).Select(s => s.Key));
        return (alive.Count, deleted.Count);
    }
}
