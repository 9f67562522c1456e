using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// One connection's prepared commands by SQL text, the least recently used dropped past <see cref="Capacity"/>
/// (a batch loader's <c>IN (…)</c> list writes a text per batch size). A command is out while a reader
/// runs it: the same SQL asked for again meanwhile (a nested query) gets a command of its own.
/// </summary>
internal sealed class PreparedStatements : IDisposable
{
    public const int Capacity = 64;

    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _idle = new(StringComparer.Ordinal);
    private readonly LinkedList<SqliteCommand> _recency = new();

    public int Count => _idle.Count;

    public SqliteCommand? Take(string sql)
    {
        if (!_idle.Remove(sql, out var node))
            return null;
        _recency.Remove(node);
        return node.Value;
    }

    public void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (_idle.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }
        _idle[command.CommandText] = _recency.AddFirst(command);
        if (_idle.Count <= Capacity)
            return;
        var oldest = _recency.Last!;
        _recency.RemoveLast();
        _idle.Remove(oldest.Value.CommandText);
        oldest.Value.Dispose();
    }

    public void Dispose()
    {
        foreach (var command in _recency)
            command.Dispose();
        _recency.Clear();
        _idle.Clear();
    }
}
