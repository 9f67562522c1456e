using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Filtering;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>A session's messages that a filter keeps: what a filtered page's totalCount says.</summary>
public sealed record FilteredCountKey(ListQuery Query, string ConversationId);

/// <summary>
/// How many messages of each session a filter keeps, in one statement per distinct filter of the batch
/// (the same filter under many sessions is counted at once), grouped by conversation.
/// </summary>
public sealed class FilteredMessageCountLoader(IDbContextFactory<ClawithDbContext> contexts) : BatchLoader<FilteredCountKey, int>
{
    protected override async Task<IReadOnlyDictionary<FilteredCountKey, int>> FetchAsync(IReadOnlyList<FilteredCountKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = new SqlDialect(db);
        var conversation = sql.Column<ChatMessage>(MessageFields.Row, nameof(ChatMessage.ConversationId));
        var counts = new Dictionary<FilteredCountKey, int>();
        foreach (var sameQuery in keys.GroupBy(key => key.Query))
        {
            foreach (var chunk in sameQuery.Chunk(PageSizeOfIn))
            {
                var ids = Sql.Join(", ", chunk.Select(key => Sql.Bind(key.ConversationId)));
                var statement = Sql.Of($"""
                    SELECT {conversation}, count(*) FROM {sql.Table<ChatMessage>(MessageFields.Row)}
                    WHERE {conversation} IN ({ids}) AND {sameQuery.Key.Where!.ToSql(sql)} GROUP BY {conversation}
                    """);
                foreach (var (conversationId, count) in await db.ListAsync(statement, row => (row.GetString(0), (int)row.GetInt64(1)), cancellationToken))
                    counts[new FilteredCountKey(sameQuery.Key, conversationId)] = count;
            }
        }
        return counts;
    }

    /// <summary>A session the filter keeps nothing of has no group: its count is 0.</summary>
    protected override int Missing(FilteredCountKey key) => 0;

    private const int PageSizeOfIn = 500;
}
