using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Turns every statement that reads chat_sessions into one the database rejects, so the provider
/// throws its real error, SQL text and all, the way a broken database or a bug would.
/// </summary>
public sealed class FailingSqlInterceptor : DbCommandInterceptor
{
    public const string MissingTable = "no_such_table_for_this_test";

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("chat_sessions", StringComparison.Ordinal))
            command.CommandText = $"SELECT secret_column FROM {MissingTable} WHERE chat_sessions_id = 1";
        return ValueTask.FromResult(result);
    }
}
