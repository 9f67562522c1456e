using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// Gives every context a <see cref="ReusedStatementConnection"/> in place of the SqliteConnection EF would
/// create (through EF's public interception API). EF's own would also register its decimal and regexp
/// functions, which no query of this model uses (<c>SqliteConnectionTests</c> keeps it so).
/// </summary>
public sealed class ReusedStatementConnections : DbConnectionInterceptor
{
    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new ReusedStatementConnection(eventData.Context!.Database.GetConnectionString()!));
}
