using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Sessions;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>
/// Pages of messages for many sessions at once: one statement per distinct page request (per
/// <see cref="MessagePageSql.MaxSessions"/> sessions), cutting each session's page in SQL, with the senders
/// joined in to prime <see cref="ParticipantLoader"/>. A row that cannot be read is left out of its page,
/// which says so (<see cref="Connection{T}.LeftOut"/>), and logged. A filtered page's totalCount counts the
/// filtered messages (<see cref="FilteredMessageCountLoader"/>). The text of the rows is charged to the
/// response budget as each row is read: a batch of many sessions' pages could otherwise hold gigabytes
/// before the first field completes, and the budget stops it at the row that runs out.
/// </summary>
public sealed class MessagePageLoader(
    IDbContextFactory<ClawithDbContext> contexts, ParticipantLoader participants, MessageCountLoader counts, FilteredMessageCountLoader filteredCounts,
    ResponseBudget budget, ILogger<MessagePageLoader> logger)
    : BatchLoader<MessagePageKey, Connection<MessageInSession>>
{
    public const string Table = "chat_messages";

    protected override async Task<IReadOnlyDictionary<MessagePageKey, Connection<MessageInSession>>> FetchAsync(
        IReadOnlyList<MessagePageKey> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<MessagePageKey, Connection<MessageInSession>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SqlDialect(db);
        foreach (var sameRequest in keys.GroupBy(k => k.Window))
        {
            var conversationIds = sameRequest.Select(k => k.Session.ConversationId).Distinct().ToList();
            var rows = new List<MessageWithSender>();
            var leftOut = new List<UnreadableRow>();
            foreach (var chunk in conversationIds.Chunk(MessagePageSql.MaxSessions))
            {
                var pages = new MessagePageSql(sql, sameRequest.Key).Pages(chunk);
                var read = await db.ListReadableAsync(pages, Table, Charged, cancellationToken, MessageRow.ConversationColumn);
                rows.AddRange(read.Rows);
                leftOut.AddRange(read.LeftOut);
            }
            logger.LogLeftOut(leftOut);
            var byConversation = rows.ToLookup(r => r.Message.ConversationId);
            var leftOutByConversation = leftOut.ToLookup(row => row.Parent);
            foreach (var key in sameRequest)
                found[key] = PageOf(key.Session, sameRequest.Key,
                    [.. byConversation[key.Session.ConversationId].Select(r => r.Message)], [.. leftOutByConversation[key.Session.ConversationId]]);
            foreach (var row in rows.Where(r => r.Sender is not null))
                participants.Prime(row.Sender!.Id, row.Sender);
        }
        return found;
    }

    /// <remarks>
    /// A row left out still took its place in the statement's page and one more: so a page with one may
    /// hold that one more message, and say there are more when the next page turns out empty. Cursors are
    /// the readable rows' own, so paging on never skips or repeats one.
    /// </remarks>
    private Connection<MessageInSession> PageOf(ChatSession session, MessageWindow window, List<ChatMessage> fetched, UnreadableRow[] leftOut)
    {
        var page = window.Page;
        var more = fetched.Count + leftOut.Length > page.Size;
        var oldestFirst = fetched.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id);
        var inPage = (window.NewestFirst ? oldestFirst.Reverse() : oldestFirst)
            .Skip(more && page.FromEnd ? Math.Max(0, fetched.Count - page.Size) : 0)
            .Take(page.Size);
        var edges = inPage.Select(m => new Edge<MessageInSession>(MessageKeyset.CursorOf(m, window.Query), new MessageInSession(m, session))).ToList();
        var pageInfo = page.FromEnd
            ? PageInfo.For(edges, hasNextPage: page.Before is not null, hasPreviousPage: more)
            : PageInfo.For(edges, hasNextPage: more, hasPreviousPage: page.After is not null);
        // Loads, not awaits: the totals of every page of the level are asked for before the first is awaited, one batch.
        Func<IDataLoaderResult<int>> total = window.Query.Where is null
            ? () => counts.Load(session.Id)
            : () => filteredCounts.Load(new FilteredCountKey(window.Query, session.ConversationId));
        return new Connection<MessageInSession>(edges, pageInfo, total) { LeftOut = leftOut };
    }

    private MessageWithSender Charged(System.Data.Common.DbDataReader row)
    {
        var read = MessageWithSender.Read(row);
        budget.ChargeRead(read.Message.Content.Length + (read.Message.Thinking?.Length ?? 0));
        return read;
    }

    private sealed record MessageWithSender(ChatMessage Message, Participant? Sender)
    {
        public static MessageWithSender Read(System.Data.Common.DbDataReader row) =>
            new(MessageRow.Columns.Read(row, 0), ParticipantRow.Read(row, MessagePageSql.SenderColumn));
    }
}
