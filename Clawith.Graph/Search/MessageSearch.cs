using Clawith.Graph.Auth;
using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.Messages;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Search;

/// <summary>
/// One page of a search, newest first, in at most two statements, then the hits' sessions in one more:
/// <list type="bullet">
/// <item>A text the trigram index serves, on SQLite: the newest <see cref="SearchWindows.BeforeIndex"/> messages
/// of the scope are tested first (the walk stops at the page's last hit); a page found there costs that statement
/// alone, and otherwise the FTS5 index gives the page.</item>
/// <item>On PostgreSQL: one statement, which pg_trgm's index serves when the database has it (a scan without).</item>
/// <item>A text the index cannot serve (fewer than three characters; or SQLite without the index): a bounded scan
/// of the newest <see cref="SearchWindows.Scan"/> messages after the cursor. A page may then hold fewer hits than
/// asked for while hasNextPage says the scan goes on: its endCursor is the last message examined.</item>
/// </list>
/// Only hits leave the database, and their text is charged to the response budget as each row is read (as
/// <see cref="MessagePageLoader"/> does).
/// </summary>
public sealed class MessageSearch(
    IDbContextFactory<ClawithDbContext> contexts, IListingRules rules, SearchIndex index, SessionLoader sessions, ResponseBudget budget,
    ILogger<MessageSearch> logger)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public async Task<Connection<SearchHit>> SearchAsync(
        Guid agentId, SessionScope scope, CurrentUser caller, SearchText text, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var after = page.After is null ? null : SearchCursor.Parse(page.After);
        var sql = new SearchSql(db, new SearchScope(rules, agentId, scope, caller), text, after);
        var take = page.Size + 1;
        var sqlite = db.Database.IsSqlite();
        if (!text.IndexCanServe || (sqlite && !index.Available))
            return await PageAsync(await ScanAsync(db, sql, take, cancellationToken), text, page, cancellationToken);
        // SQLite: a common text fills its page among the newest messages, where the index would hand over every
        // message holding it to be put in order. PostgreSQL's planner makes that choice itself.
        var found = sqlite ? await HitsAsync(db, sql.Scanned(SearchWindows.BeforeIndex, take), cancellationToken) : null;
        if (found is null || found.Hits.Count < take)
            found = await HitsAsync(db, sql.Indexed(take), cancellationToken);
        return await PageAsync(found, text, page, cancellationToken);
    }

    /// <summary>
    /// The bounded scan: the hits among the newest <see cref="SearchWindows.Scan"/> messages after the cursor and,
    /// when they do not fill the page, the last message of that window, where the next page starts (none: no more).
    /// </summary>
    private async Task<Found> ScanAsync(ClawithDbContext db, SearchSql sql, int take, CancellationToken cancellationToken)
    {
        var found = await HitsAsync(db, sql.Scanned(SearchWindows.Scan, take), cancellationToken);
        if (found.Hits.Count >= take)
            return found;
        var last = await db.ListAsync(sql.Frontier(SearchWindows.Scan),
            row => new ChatMessage { Id = row.Id(0), CreatedAt = row.TimeOrNull(1) }, cancellationToken);
        return found with { Frontier = last.SingleOrDefault() };
    }

    /// <summary>The hits a statement finds, their text charged to the response budget as each row is read.</summary>
    private async Task<Found> HitsAsync(ClawithDbContext db, Sql statement, CancellationToken cancellationToken)
    {
        var read = await db.ListReadableAsync(statement, MessagePageLoader.Table, row =>
        {
            var message = MessageRow.Columns.Read(row, 0);
            budget.ChargeRead(message.Content.Length + (message.Thinking?.Length ?? 0));
            return message;
        }, cancellationToken);
        logger.LogLeftOut(read.LeftOut);
        return new Found(read.Rows, read.LeftOut, null);
    }

    /// <summary>The page, each hit with its session (one statement for all); a session deleted meanwhile takes its hits with it.</summary>
    private async Task<Connection<SearchHit>> PageAsync(Found found, SearchText text, PageRequest page, CancellationToken cancellationToken)
    {
        var inPage = found.Hits.Take(page.Size).ToList();
        var sessionsById = await sessions.LoadManyAsync(inPage.Select(m => Guid.Parse(m.ConversationId)).Distinct(), cancellationToken);
        var edges = inPage
            .Select(m => sessionsById[Guid.Parse(m.ConversationId)] is { } session ? new SearchHit(m, session, text) : null)
            .OfType<SearchHit>()
            .Select(hit => new Edge<SearchHit>(SearchCursor.Of(hit.Message), hit))
            .ToList();
        var more = found.Hits.Count > page.Size;
        var pageInfo = PageInfo.For(edges, hasNextPage: more || found.Frontier is not null, hasPreviousPage: page.After is not null);
        if (!more && found.Frontier is { } frontier)
            pageInfo = pageInfo with { EndCursor = SearchCursor.Of(frontier) };
        return new Connection<SearchHit>(edges, pageInfo, _ => throw new NotSupportedException("A search is not counted.")) { LeftOut = found.LeftOut };
    }

    /// <param name="Frontier">The last message a scan examined, when it examined its whole window (more may follow).</param>
    private sealed record Found(List<ChatMessage> Hits, IReadOnlyList<UnreadableRow> LeftOut, ChatMessage? Frontier);
}
