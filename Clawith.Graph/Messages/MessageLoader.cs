using Clawith.Graph.Data;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Data.Statements;
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
        var sql = new SqlDialect(db);
        var ids = Sql.Join(", ", keys.Select(id => sql.Bind<ChatMessage>(nameof(ChatMessage.Id), id)));
        var statement = Sql.Of($"SELECT {MessageRow.Columns.Select(sql.Model, "m")} FROM {sql.Table<ChatMessage>("m")} WHERE {sql.Column<ChatMessage>("m", nameof(ChatMessage.Id))} IN ({ids})");
        var read = await db.ListReadableAsync(statement, MessagePageLoader.Table, row => MessageRow.Columns.Read(row, 0), cancellationToken);
        logger.LogLeftOut(read.LeftOut);
        return read.Rows.ToDictionary(message => message.Id, message => (ChatMessage?)message);
    }
}
