using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>
/// Copies of a world session (same agent, owner, peer, channel, title and messages, new ids), so REST
/// and GraphQL can each change their own equal session within one world.
/// </summary>
public static class Twins
{
    public static async Task<Guid> CopyAsync(ClawithAppFactory app, Guid sessionId)
    {
        await using var db = await app.NewDbContextAsync();
        var session = await db.ChatSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        var conversationId = session.ConversationId;
        var messages = await db.ChatMessages.AsNoTracking().Where(m => m.ConversationId == conversationId).ToListAsync();
        session.Id = Guid.NewGuid();
        db.ChatSessions.Add(session);
        foreach (var message in messages)
        {
            message.Id = Guid.NewGuid();
            message.ConversationId = session.ConversationId;
            db.ChatMessages.Add(message);
        }
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>The text with the copy's id read as its original's name, so the two APIs' answers compare.</summary>
    public static string AsOriginal(this string text, Guid copy, string original) => text.Replace(copy.ToString(), $"{original} (copy)");
}
