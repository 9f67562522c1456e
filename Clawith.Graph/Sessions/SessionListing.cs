using Clawith.Graph.Agents;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The seed's two listings, filtered, ordered and cut to a page in one SQL query that walks indexes
/// and stops after a page, whatever the agent's number of sessions. The page's message counts, agents,
/// peer agents and owners come in the same query and prime their loaders, so naming a page costs no
/// further round trip.
/// </summary>
public sealed class SessionListing(
    IDbContextFactory<ClawithDbContext> contexts, MessageCountLoader counts, AgentLoader agents, UserLoader users)
{
    public const int DefaultPageSize = 50;

    public async Task<Connection<ChatSession>> ListAsync(
        Guid agentId, SessionScope scope, Guid callerId, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var after = page.After is null ? null : SessionKeyset.Parse(page.After);
        var take = page.Size + 1;
        var nullsLast = db.Database.IsSqlite();
        // Each branch of the listing is paged on its own index; only the branches' pages are merged.
        var candidates = Branches(db, agentId, scope, callerId)
            .Select(branch => SessionKeyset.HalvesAfter(branch, after, take, nullsLast))
            .Aggregate(Queryable.Concat);
        var rows = await FetchAsync(db, SessionKeyset.Order(candidates).Take(take), cancellationToken);

        var edges = rows.Take(page.Size).Select(r => new Edge<ChatSession>(SessionKeyset.CursorOf(r.Session), r.Session)).ToList();
        return new Connection<ChatSession>(
            edges,
            PageInfo.For(edges, hasNextPage: rows.Count > page.Size, hasPreviousPage: page.After is not null),
            async token => await CountAsync(agentId, scope, callerId, token));
    }

    /// <summary>Every session of the listing at once, in order, as the seed's REST route answers: one query, counts included.</summary>
    public async Task<List<ChatSession>> ListEverythingAsync(Guid agentId, SessionScope scope, Guid callerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await FetchAsync(db, SessionKeyset.Order(Listed(db, agentId, scope, callerId)), cancellationToken);
        return [.. rows.Select(r => r.Session)];
    }

    private async Task<int> CountAsync(Guid agentId, SessionScope scope, Guid callerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Listed(db, agentId, scope, callerId).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The sessions with what a list shows of them, joined in by primary key. Each row primes the
    /// loaders, a missing agent or owner as missing, so the graph's fields and REST's names read from them.
    /// </summary>
    private async Task<List<SessionRow>> FetchAsync(ClawithDbContext db, IQueryable<ChatSession> sessions, CancellationToken cancellationToken)
    {
        var rows = await (
            from s in sessions
            join agent in db.Agents on s.AgentId equals agent.Id into agentsOf
            from agent in agentsOf.DefaultIfEmpty()
            join peer in db.Agents on s.PeerAgentId equals (Guid?)peer.Id into peersOf
            from peer in peersOf.DefaultIfEmpty()
            join owner in db.Users on s.UserId equals owner.Id into ownersOf
            from owner in ownersOf.DefaultIfEmpty()
            join identity in db.Identities on owner.IdentityId equals (Guid?)identity.Id into identitiesOf
            from identity in identitiesOf.DefaultIfEmpty()
            select new SessionRow(s, db.ChatMessages.Count(m => m.ConversationId == s.Id.ToString()), agent, peer, owner, identity))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
            Prime(row);
        return rows;
    }

    private void Prime(SessionRow row)
    {
        var session = row.Session;
        counts.Prime(session.Id, row.Count);
        agents.Prime(session.AgentId, row.Agent);
        if (session.PeerAgentId is { } peerId)
            agents.Prime(peerId, row.Peer);
        if (row.Owner is { } owner)
            owner.Identity = row.Identity;
        users.Prime(session.UserId, row.Owner);
    }

    private static IQueryable<ChatSession> Listed(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId) =>
        Branches(db, agentId, scope, callerId).Aggregate(Queryable.Concat);

    /// <summary>The listing's parts, each one index walk: ALL is the agent's own sessions and those where it is the peer.</summary>
    private static IQueryable<ChatSession>[] Branches(ClawithDbContext db, Guid agentId, SessionScope scope, Guid callerId) =>
        scope == SessionScope.All ? [OwnOf(db, agentId), AsPeerOf(db, agentId)] : [MineOf(db, agentId, callerId)];

    /// <summary>The caller's sessions, not group, agent or trigger ones, with at least one user message to this agent.</summary>
    private static IQueryable<ChatSession> MineOf(ClawithDbContext db, Guid agentId, Guid callerId) =>
        db.ChatSessions.AsNoTracking().Where(s =>
            s.AgentId == agentId
            && s.UserId == callerId
            && s.IsGroup != true
            && s.SourceChannel != ChatSession.AgentChannel
            && s.SourceChannel != ChatSession.TriggerChannel
            && db.ChatMessages.Any(m => m.ConversationId == s.Id.ToString() && m.AgentId == agentId && m.Role == ChatRole.User));

    /// <summary>ALL, first part: the agent's own sessions, hiding those with no message.</summary>
    private static IQueryable<ChatSession> OwnOf(ClawithDbContext db, Guid agentId) =>
        db.ChatSessions.AsNoTracking().Where(s => s.AgentId == agentId && db.ChatMessages.Any(m => m.ConversationId == s.Id.ToString()));

    /// <summary>ALL, second part: agent-to-agent sessions of other agents where this one is the peer, hiding those with no message.</summary>
    private static IQueryable<ChatSession> AsPeerOf(ClawithDbContext db, Guid agentId) =>
        db.ChatSessions.AsNoTracking().Where(s =>
            s.PeerAgentId == agentId && s.SourceChannel == ChatSession.AgentChannel && s.AgentId != agentId
            && db.ChatMessages.Any(m => m.ConversationId == s.Id.ToString()));

    private sealed record SessionRow(ChatSession Session, int Count, Agent? Agent, Agent? Peer, User? Owner, Identity? Identity);
}
