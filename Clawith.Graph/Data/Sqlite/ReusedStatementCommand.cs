using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Clawith.Graph.Data.Sqlite;

/// <summary>
/// The command EF gets from a <see cref="ReusedStatementConnection"/>: it holds the text and parameters EF
/// (and any interceptor) gives it, and runs them on the connection's prepared command for that text, given
/// back when this command is disposed (EF disposes it after its reader). A statement whose reader is still
/// open then, or that failed, is not kept.
/// </summary>
public sealed class ReusedStatementCommand(ReusedStatementConnection connection) : DbCommand
{
    private readonly SqliteParameterCollection _parameters = new SqliteCommand().Parameters;
    private SqliteCommand? _running;
    private SqliteDataReader? _reader;

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = connection.DefaultTimeout;

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set => ArgumentOutOfRangeException.ThrowIfNotEqual(value, CommandType.Text);
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (value != connection)
                throw new NotSupportedException("A reused statement runs on the connection that created it.");
        }
    }

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => _running?.Cancel();

    /// <summary>Nothing to do: the statement is prepared at its first execution on the connection and kept.</summary>
    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Run(command => _reader = command.ExecuteReader(behavior));

    public override int ExecuteNonQuery() => Run(command => command.ExecuteNonQuery(), finish: true);

    public override object? ExecuteScalar() => Run(command => command.ExecuteScalar(), finish: true);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Finish(keep: true);
        base.Dispose(disposing);
    }

    private T Run<T>(Func<SqliteCommand, T> execute, bool finish = false)
    {
        Finish(keep: true);
        var command = _running = connection.Take(CommandText);
        command.Transaction = (SqliteTransaction?)DbTransaction;
        command.CommandTimeout = CommandTimeout;
        foreach (SqliteParameter parameter in _parameters)
            command.Parameters.Add(parameter);
        try
        {
            var result = execute(command);
            if (finish)
                Finish(keep: true);
            return result;
        }
        catch
        {
            Finish(keep: false);
            throw;
        }
    }

    private void Finish(bool keep)
    {
        if (_running is not { } command)
            return;
        if (keep && _reader is null or { IsClosed: true })
            connection.Return(command);
        else if (_reader is null or { IsClosed: true })
            command.Dispose();
        _running = null;
        _reader = null;
    }
}
