using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>What the tables hold after a mutation, read straight from them.</summary>
public static class WorldState
{
    /// <summary>"'Title' with 2 messages", or "gone with 0 messages".</summary>
    public static async Task<string> SessionAsync(ClawithAppFactory app, Guid id)
    {
        await using var db = await app.NewDbContextAsync();
        var conversationId = id.ToString();
        var title = await db.ChatSessions.Where(s => s.Id == id).Select(s => s.Title).SingleOrDefaultAsync();
        var messages = await db.ChatMessages.CountAsync(m => m.ConversationId == conversationId);
        return $"{(title is null ? "gone" : $"'{title}'")} with {messages} messages";
    }
}
