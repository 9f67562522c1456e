using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema.Paging;
using Clawith.Graph.Server.Limits;
using Clawith.Graph.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>
/// Pages of messages for many sessions at once: one query per distinct page request, cutting each
/// session's page in SQL, with the senders joined in to prime <see cref="ParticipantLoader"/>. The text of
/// the rows is charged to the response budget as they arrive (<see cref="BudgetedReads"/>).
/// </summary>
public sealed class MessagePageLoader(
    IDbContextFactory<ClawithDbContext> contexts, ParticipantLoader participants, MessageCountLoader counts, ResponseBudget budget)
    : BatchLoader<MessagePageKey, Connection<MessageNode>>
{
    protected override async Task<IReadOnlyDictionary<MessagePageKey, Connection<MessageNode>>> FetchAsync(
        IReadOnlyList<MessagePageKey> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<MessagePageKey, Connection<MessageNode>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var sameRequest in keys.GroupBy(k => k.Window))
        {
            var page = sameRequest.Key.Page;
            var sessions = sameRequest.Select(k => k.Session).DistinctBy(s => s.Id).ToList();
            var rows = await FetchPagesAsync(db, budget, sameRequest.Key, [.. sessions.Select(s => s.ConversationId)], cancellationToken);
            var byConversation = rows.ToLookup(r => r.Message.ConversationId);
            foreach (var key in sameRequest)
                pages[key] = PageOf(key.Session, page, [.. byConversation[key.Session.ConversationId].Select(r => r.Message)]);
            foreach (var row in rows.Where(r => r.Sender is not null))
                participants.Prime(row.Sender!.Id, row.Sender);
        }
        return pages;
    }

    private static async Task<List<MessageRow>> FetchPagesAsync(
        ClawithDbContext db, ResponseBudget budget, MessageWindow window, List<string> conversationIds, CancellationToken cancellationToken)
    {
        var page = window.Page;
        var take = page.Size + 1;
        var candidates = db.ChatMessages.AsNoTracking().Where(m => conversationIds.Contains(m.ConversationId));
        if (window.After is not null)
            candidates = candidates.Where(window.After.After());
        if (window.Before is not null)
            candidates = candidates.Where(window.Before.Before());

        var withSenders = candidates.LeftJoin(db.Participants, m => m.ParticipantId, p => (Guid?)p.Id, (m, p) => new { Message = m, Sender = p });

        // One session: a plain keyset walk down the index. Several: the same walk per session,
        // which EF numbers with ROW_NUMBER() OVER (PARTITION BY conversation_id) in one query.
        if (conversationIds.Count == 1)
            return await (page.FromEnd
                    ? withSenders.OrderByDescending(r => r.Message.CreatedAt).ThenByDescending(r => r.Message.Id)
                    : withSenders.OrderBy(r => r.Message.CreatedAt).ThenBy(r => r.Message.Id))
                .Take(take).Select(r => new MessageRow(r.Message, r.Sender)).ToChargedListAsync(budget, TextOf, cancellationToken);
        var perSession = await withSenders.GroupBy(r => r.Message.ConversationId)
            .Select(g => (page.FromEnd
                    ? g.OrderByDescending(r => r.Message.CreatedAt).ThenByDescending(r => r.Message.Id)
                    : g.OrderBy(r => r.Message.CreatedAt).ThenBy(r => r.Message.Id))
                .Take(take).Select(r => new MessageRow(r.Message, r.Sender)).ToList())
            .ToChargedListAsync(budget, rows => rows.Sum(TextOf), cancellationToken);
        return [.. perSession.SelectMany(rows => rows)];
    }

    private Connection<MessageNode> PageOf(ChatSession session, PageRequest page, List<ChatMessage> fetched)
    {
        var more = fetched.Count > page.Size;
        var inPage = fetched
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .Skip(more && page.FromEnd ? fetched.Count - page.Size : 0)
            .Take(page.Size);
        var edges = inPage.Select(m => new Edge<MessageNode>(MessageKeyset.CursorOf(m), new MessageNode(m, session))).ToList();
        var pageInfo = page.FromEnd
            ? PageInfo.For(edges, hasNextPage: page.Before is not null, hasPreviousPage: more)
            : PageInfo.For(edges, hasNextPage: more, hasPreviousPage: page.After is not null);
        return new Connection<MessageNode>(edges, pageInfo, token => counts.LoadAsync(session.Id, token));
    }

    private static long TextOf(MessageRow row) => row.Message.Content.Length + (row.Message.Thinking?.Length ?? 0);

    private sealed record MessageRow(ChatMessage Message, Participant? Sender);
}
