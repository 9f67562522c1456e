using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The seed's two listings, each one SQL query that filters, orders and cuts the page in the database.
/// The page's message counts come along in the same query and prime <see cref="MessageCountLoader"/>.
/// </summary>
public sealed class SessionListing(IDbContextFactory<ClawithDbContext> contexts, MessageCountLoader counts)
{
    public const int DefaultPageSize = 50;

    public async Task<Connection<ChatSession>> ListAsync(
        Guid agentId, SessionScope scope, Guid callerId, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = Listed(db, agentId, scope, callerId);
        var window = page.After is null ? listed : listed.Where(SessionKeyset.Parse(page.After).After());
        var rows = await SessionKeyset.Order(window)
            .Select(s => new { Session = s, Count = db.ChatMessages.Count(m => m.ConversationId == s.Id.ToString()) })
            .Take(page.Size + 1)
            .ToListAsync(cancellationToken);

        foreach (var row in rows)
            counts.Prime(row.Session.Id, row.Count);
        var edges = rows.Take(page.Size).Select(r => new Edge<ChatSession>(SessionKeyset.CursorOf(r.Session), r.Session)).ToList();
        return new Connection<ChatSession>(
            edges,
            PageInfo.For(edges, hasNextPage: rows.Count > page.Size, hasPreviousPage: page.After is not null),
            async token => await CountAsync(agentId, scope, callerId, token));
    }

    private async Task<int> CountAsync(Guid agentId, SessionScope scope, Guid callerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Listed(db, agentId, scope, callerId).CountAsync(cancellationToken);
    }

    private static IQueryable<ChatSession> Listed(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId) =>
        scope == SessionScope.All ? AllOf(db, agentId) : MineOf(db, agentId, callerId);

    /// <summary>The caller's sessions, not group, agent or trigger ones, with at least one user message to this agent.</summary>
    private static IQueryable<ChatSession> MineOf(ClawithDbContext db, Guid agentId, Guid callerId) =>
        db.ChatSessions.AsNoTracking().Where(s =>
            s.AgentId == agentId
            && s.UserId == callerId
            && s.IsGroup != true
            && s.SourceChannel != ChatSession.AgentChannel
            && s.SourceChannel != ChatSession.TriggerChannel
            && db.ChatMessages.Any(m => m.ConversationId == s.Id.ToString() && m.AgentId == agentId && m.Role == ChatRole.User));

    /// <summary>The agent's sessions and the agent-to-agent ones where it is the peer, hiding those with no message.</summary>
    private static IQueryable<ChatSession> AllOf(ClawithDbContext db, Guid agentId) =>
        db.ChatSessions.AsNoTracking().Where(s =>
            (s.AgentId == agentId || (s.PeerAgentId == agentId && s.SourceChannel == ChatSession.AgentChannel))
            && db.ChatMessages.Any(m => m.ConversationId == s.Id.ToString()));
}
