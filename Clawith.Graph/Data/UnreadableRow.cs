namespace Clawith.Graph.Data;

/// <summary>
/// A row a listing left out because it could not be read at all (an id that is not a UUID, a time that is
/// not a time): the rest of the list stands, and the reader is told what is missing and why.
/// </summary>
/// <param name="Table">The table the row is in.</param>
/// <param name="Id">Its id as stored, whatever that text is.</param>
/// <param name="Reason">Which value could not be read, e.g. "its created_at 'yesterday' is not a time".</param>
public sealed record UnreadableRow(string Table, string? Id, string Reason)
{
    /// <summary>The row's parent in a list of several parents' rows (a message's conversation), when the list names it.</summary>
    public string? Parent { get; init; }

    /// <summary>What the row is to a client, who is not told table names.</summary>
    public string Noun => Table switch
    {
        "chat_messages" => "message",
        "chat_sessions" => "session",
        "users" => "user",
        _ => "row",
    };

    public override string ToString() => $"{Table} row '{Id}' ({Reason})";
}

public static partial class UnreadableRowLogging
{
    /// <summary>Every row a list left out, one warning each, so an operator can find and mend them.</summary>
    public static void LogLeftOut(this ILogger logger, IEnumerable<UnreadableRow> rows)
    {
        foreach (var row in rows)
            LeftOut(logger, row.Table, row.Id, row.Reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left out a {Table} row that could not be read: id '{Id}', {Reason}")]
    private static partial void LeftOut(ILogger logger, string table, string? id, string reason);
}
