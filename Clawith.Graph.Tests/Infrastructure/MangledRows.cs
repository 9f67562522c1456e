using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>
/// Rows another writer of a SQLite file may leave, whose text columns take any value: an id that is not a
/// UUID, a time that is not a time. (PostgreSQL's uuid and timestamptz columns refuse them.)
/// </summary>
public static class MangledRows
{
    /// <summary>A message of <paramref name="session"/> (an Atlas session of Carla's) with these values as they are.</summary>
    public static async Task AddMessageAsync(ClawithAppFactory app, string id, Guid session, string createdAt, string content)
    {
        await using var db = await app.NewDbContextAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, created_at)
            VALUES ({id}, {TestWorld.Atlas.ToString()}, {TestWorld.Creator.ToString()}, 'user', {content}, {session.ToString()}, {createdAt})
            """);
    }

    /// <summary>An Atlas session of Carla's with these values as they are, and one readable message, so both listings show it.</summary>
    public static async Task AddSessionAsync(ClawithAppFactory app, string id, string createdAt, string lastMessageAt, string title)
    {
        await using var db = await app.NewDbContextAsync();
        if (TestGeneration.Is251aeba8) // the columns 251aeba8 requires, as Clawith's migration gives a 225b36fd row
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO chat_sessions (id, agent_id, user_id, title, source_channel, is_group, created_at, last_message_at, tenant_id, session_type)
                VALUES ({id}, {TestWorld.Atlas.ToString()}, {TestWorld.Creator.ToString()}, {title}, 'web', 0, {createdAt}, {lastMessageAt},
                        {db.Stored<ChatSession>(nameof(ChatSession.TenantId), TestWorld.Tenant)}, {SessionTypes.Direct})
                """);
        else
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO chat_sessions (id, agent_id, user_id, title, source_channel, is_group, created_at, last_message_at)
                VALUES ({id}, {TestWorld.Atlas.ToString()}, {TestWorld.Creator.ToString()}, {title}, 'web', 0, {createdAt}, {lastMessageAt})
                """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO chat_messages (id, agent_id, user_id, role, content, conversation_id, created_at)
            VALUES ({Guid.NewGuid().ToString()}, {TestWorld.Atlas.ToString()}, {TestWorld.Creator.ToString()}, 'user', 'Hello', {id}, {lastMessageAt})
            """);
    }
}
