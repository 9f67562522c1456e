using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Messages;

/// <summary>
/// Messages by id, in one hand-written statement per batch: what a messageAdded event names. Read as a
/// page's rows are (<see cref="MessageRow"/>): a row that cannot be read is missing, and logged.
/// </summary>
public sealed class MessageLoader(IDbContextFactory<ClawithDbContext> contexts, ILogger<MessageLoader> logger) : BatchLoader<Guid, ChatMessage?>
{
    protected override async Task<IReadOnlyDictionary<Guid, ChatMessage?>> FetchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sql = $"SELECT {MessageRow.Columns("m")} FROM \"chat_messages\" AS m WHERE m.\"id\" IN ({HandWrittenQuery.Placeholders(0, keys.Count)})";
        var read = await db.ListReadableAsync(sql, [.. keys.Select(id => db.Stored<ChatMessage>(nameof(ChatMessage.Id), id))],
            MessagePageLoader.Table, row => MessageRow.Read(row, 0), cancellationToken);
        logger.LogLeftOut(read.LeftOut);
        return read.Rows.ToDictionary(message => message.Id, message => (ChatMessage?)message);
    }
}
