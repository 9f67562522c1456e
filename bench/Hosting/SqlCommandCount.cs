using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Bench.Hosting;

/// <summary>How many SQL commands a server has sent: EF's through an interceptor, the baselines' by hand.</summary>
public sealed class SqlCommandCount
{
    private long _count;

    public long Value => Interlocked.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}

/// <summary>Counts every command EF initializes: one per round trip, reads and writes alike.</summary>
public sealed class SqlCommandInterceptor(SqlCommandCount count) : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        count.Add();
        return result;
    }
}
