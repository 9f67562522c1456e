using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>The rows a session mutation could touch, as text: equal before and after means nothing changed.</summary>
public static class DatabaseState
{
    public static async Task<string> OfSessionsAsync(ClawithAppFactory app)
    {
        await using var db = await app.NewDbContextAsync();
        var sessions = await db.ChatSessions.AsNoTracking().ToListAsync();
        var messages = await StoredMessages.PerConversationAsync(app);
        return string.Join('\n', sessions
            .OrderBy(s => s.Id)
            .Select(s => $"{s.Id} agent={s.AgentId} user={s.UserId} title='{s.Title}' channel={s.SourceChannel} " +
                $"last={s.LastMessageAt:O} messages={messages.GetValueOrDefault(s.ConversationId)}"));
    }
}
