using Clawith.Graph.Agents;
using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Filtering;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Users;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Sessions;

/// <summary>
/// Clawith's REST module's two listings, filtered, ordered and cut to a page in one SQL statement
/// (<see cref="SessionListingSql"/>): in the default order it walks indexes and stops after a page,
/// whatever the agent's number of sessions. A client's where and order (<see cref="ListQuery"/>) go
/// into the same statement. The page's message counts, agents, peer agents and owners come in it too and
/// prime their loaders, so naming a page costs no further round trip. The statement is hand-written and
/// read straight from the reader: the sidebar's hot path, where EF's LINQ translation and materializer
/// cost more than the database did (docs/BENCHMARKS.md).
/// </summary>
public sealed class SessionListing(
    IDbContextFactory<ClawithDbContext> contexts, IListingRules rules, IListedSessionColumns columns, MessageCountLoader counts, AgentLoader agents, UserLoader users,
    ILogger<SessionListing> logger)
{
    public const int DefaultPageSize = 50;

    public Task<Connection<ChatSession>> ListAsync(
        Guid agentId, SessionScope scope, CurrentUser caller, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(agentId, scope, caller, page, ListQuery.Default(SessionFields.DefaultOrder), cancellationToken);

    public async Task<Connection<ChatSession>> ListAsync(
        Guid agentId, SessionScope scope, CurrentUser caller, PageRequest page, ListQuery query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SessionListingSql(new SqlDialect(db), rules, columns.Layout, agentId, scope, caller, query.Where);
        var (rows, leftOut) = query.IsDefaultOrder && !page.FromEnd
            ? await FetchAsync(db, sql.Page(page.After is null ? null : SessionKeyset.Parse(page.After, query), page.Size + 1), null, cancellationToken)
            : await FetchAsync(db, sql.OrderedPage(query.Order, CursorKeys(page.FromEnd ? page.Before : page.After, query), page.Size + 1, page.FromEnd),
                query.Order, cancellationToken);

        // A row left out took its place in the statement's page and one more (see MessagePageLoader.PageOf).
        var more = rows.Count + leftOut.Count > page.Size;
        var edges = rows.Skip(more && page.FromEnd ? Math.Max(0, rows.Count - page.Size) : 0).Take(page.Size)
            .Select(r => new Edge<ChatSession>(CursorOf(r, query), r.Session)).ToList();
        var pageInfo = page.FromEnd
            ? PageInfo.For(edges, hasNextPage: page.Before is not null, hasPreviousPage: more)
            : PageInfo.For(edges, hasNextPage: more, hasPreviousPage: page.After is not null);
        return new Connection<ChatSession>(edges, pageInfo, async token => await CountAsync(agentId, scope, caller, query.Where, token)) { LeftOut = leftOut };
    }

    /// <summary>Every session of the listing at once, in order, as Clawith's REST module's REST route answers: one query, counts included.</summary>
    public async Task<List<ChatSession>> ListEverythingAsync(Guid agentId, SessionScope scope, CurrentUser caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (rows, _) = await FetchAsync(db, new SessionListingSql(new SqlDialect(db), rules, columns.Layout, agentId, scope, caller).Everything(), null, cancellationToken);
        return [.. rows.Select(r => r.Session)];
    }

    private async Task<int> CountAsync(Guid agentId, SessionScope scope, CurrentUser caller, Condition? where, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = new SessionListingSql(new SqlDialect(db), rules, columns.Layout, agentId, scope, caller, where).Count();
        return (int)(await db.ListAsync(count, row => row.GetInt64(0), cancellationToken)).Single();
    }

    /// <summary>The keys a cursor holds, in the query's order: a cursor of the default list is a <see cref="SessionKeyset"/>.</summary>
    private static IReadOnlyList<object?>? CursorKeys(string? cursor, ListQuery query) => cursor switch
    {
        null => null,
        _ when query.Fingerprint is null => SessionKeyset.Parse(cursor, query).Keys,
        _ => ListCursor.Decode(cursor, query),
    };

    private static string CursorOf(ListedSessionRow row, ListQuery query) =>
        row.Keys.Count == 0 || query.Fingerprint is null ? SessionKeyset.CursorOf(row.Session, query) : ListCursor.Encode(query, row.Keys);

    /// <summary>
    /// The listed rows, each priming the loaders (a missing agent or owner as missing), so the graph's
    /// fields and REST's names read from them; and those that could not be read, left out and logged.
    /// </summary>
    private async Task<(List<ListedSessionRow> Rows, IReadOnlyList<UnreadableRow> LeftOut)> FetchAsync(
        ClawithDbContext db, Sql statement, IReadOnlyList<SortKey>? keys, CancellationToken cancellationToken)
    {
        var (rows, leftOut) = await db.ListReadableAsync(statement, "chat_sessions", columns.Layout.Reader(keys), cancellationToken);
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
