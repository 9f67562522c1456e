using Clawith.Graph.Live;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>sessionChanged subscriptions, and the changes that feed them.</summary>
public static class SessionChanges
{
    /// <summary>Every session of the agent, with the owner's name: what only the admin roles may follow.</summary>
    public static string All(Guid agentId) => $$"""
        subscription { sessionChanged(agentId: "{{agentId}}", scope: ALL) { kind sessionId session { title user { displayName } } } }
        """;

    /// <summary>Renames as renameSession does, then tells the bus.</summary>
    public static async Task RenameAsync(LiveServer server, Guid sessionId, string title)
    {
        await using var db = await server.App.NewDbContextAsync();
        var session = await db.ChatSessions.SingleAsync(s => s.Id == sessionId);
        session.Title = title;
        await db.SaveChangesAsync();
        await server.PublishAsync(await server.EventOfAsync(sessionId, ChatEventKind.SessionRenamed));
    }
}
