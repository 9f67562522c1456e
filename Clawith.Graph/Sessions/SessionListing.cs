using Clawith.Graph.Agents;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// The seed's two listings, filtered, ordered and cut to a page in one SQL statement that walks indexes
/// and stops after a page, whatever the agent's number of sessions (<see cref="SessionListingSql"/>).
/// The page's message counts, agents, peer agents and owners come in the same statement and prime
/// their loaders, so naming a page costs no further round trip. The statement is hand-written and read
/// straight from the reader: the sidebar's hot path, where EF's LINQ translation and materializer cost
/// more than the database did (docs/BENCHMARKS.md).
/// </summary>
public sealed class SessionListing(
    IDbContextFactory<ClawithDbContext> contexts, MessageCountLoader counts, AgentLoader agents, UserLoader users, ILogger<SessionListing> logger)
{
    public const int DefaultPageSize = 50;

    public async Task<Connection<ChatSession>> ListAsync(
        Guid agentId, SessionScope scope, Guid callerId, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var after = page.After is null ? null : SessionKeyset.Parse(page.After);
        var sql = new SessionListingSql(db, agentId, scope, callerId);
        var (rows, leftOut) = await FetchAsync(db, sql.Page(after, page.Size + 1), sql.Values, cancellationToken);

        // A row left out took its place in the statement's page and one more (see MessagePageLoader.PageOf).
        var edges = rows.Take(page.Size).Select(r => new Edge<ChatSession>(SessionKeyset.CursorOf(r.Session), r.Session)).ToList();
        return new Connection<ChatSession>(
            edges,
            PageInfo.For(edges, hasNextPage: rows.Count + leftOut.Count > page.Size, hasPreviousPage: page.After is not null),
            async token => await CountAsync(agentId, scope, callerId, token)) { LeftOut = leftOut };
    }

    /// <summary>Every session of the listing at once, in order, as the seed's REST route answers: one query, counts included.</summary>
    public async Task<List<ChatSession>> ListEverythingAsync(Guid agentId, SessionScope scope, Guid callerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SessionListingSql(db, agentId, scope, callerId);
        var (rows, _) = await FetchAsync(db, sql.Everything(), sql.Values, cancellationToken);
        return [.. rows.Select(r => r.Session)];
    }

    private async Task<int> CountAsync(Guid agentId, SessionScope scope, Guid callerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SessionListingSql(db, agentId, scope, callerId);
        var counts = await db.ListAsync(sql.Count(), sql.Values, row => row.GetInt64(0), cancellationToken);
        return (int)counts.Single();
    }

    /// <summary>
    /// The listed rows, each priming the loaders (a missing agent or owner as missing), so the graph's
    /// fields and REST's names read from them; and those that could not be read, left out and logged.
    /// </summary>
    private async Task<(List<ListedSessionRow> Rows, IReadOnlyList<UnreadableRow> LeftOut)> FetchAsync(
        ClawithDbContext db, string sql, object[] values, CancellationToken cancellationToken)
    {
        var (rows, leftOut) = await db.ListReadableAsync(sql, values, "chat_sessions", new ListedSessionRow.Reader().Read, cancellationToken);
        logger.LogLeftOut(leftOut);
        foreach (var row in rows)
            Prime(row);
        return (rows, leftOut);
    }

    private void Prime(ListedSessionRow row)
    {
        var session = row.Session;
        counts.Prime(session.Id, row.MessageCount);
        agents.Prime(session.AgentId, row.Agent);
        if (session.PeerAgentId is { } peerId)
            agents.Prime(peerId, row.Peer);
        users.Prime(session.UserId, row.Owner);
    }
}
