using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends (every round trip, reads and writes): the N+1 guard.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _commands = [];

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> Commands
    {
        get { lock (_commands) return [.. _commands]; }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_commands) _commands.Clear();
    }

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _count);
        lock (_commands) _commands.Add(result.CommandText);
        return result;
    }
}
