using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>What chat_messages holds, read straight from the table.</summary>
public static class StoredMessages
{
    /// <summary>How many rows each conversation_id has.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> PerConversationAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        return await db.ChatMessages.GroupBy(m => m.ConversationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
    }
}
