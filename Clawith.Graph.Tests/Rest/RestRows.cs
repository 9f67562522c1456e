using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Rows the REST tests add to a fresh app's world.</summary>
internal static class RestRows
{
    /// <summary>
    /// Writes rows with Clawith's own conventions and saves them; without <paramref name="foreignKeys"/>
    /// a row may point at one that does not exist (Clawith's tables need not enforce the keys).
    /// </summary>
    public static async Task AddAsync(ClawithAppFactory app, Func<DemoRowWriter, ClawithDbContext, Task> add, bool foreignKeys = true)
    {
        await using var db = await app.NewDbContextAsync();
        async Task WriteAsync()
        {
            await add(new DemoRowWriter(db, TestWorld.Tenant), db);
            await db.SaveChangesAsync();
        }
        if (foreignKeys)
            await WriteAsync();
        else
            await TestDatabase.WithoutForeignKeysAsync(db, WriteAsync);
    }

    public static Task AddAsync(ClawithAppFactory app, Action<DemoRowWriter> add) =>
        AddAsync(app, (rows, _) => { add(rows); return Task.CompletedTask; });

    /// <summary>A message added to a session of the test world (moving its last_message_at).</summary>
    public static Task AddMessageAsync(
        ClawithAppFactory app, Guid sessionId, Guid messageId, ChatRole role, string content, DateTime at,
        Guid? speaker = null, string? thinking = null, Guid? agentId = null, bool foreignKeys = true) =>
        AddAsync(app, async (rows, db) =>
        {
            var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
            rows.Message(session, messageId, role, content, at, speaker, thinking, agentId);
        }, foreignKeys);
}
