using System.Data.Common;
using Clawith.Graph.Data.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// A hand-written SQL statement, for a hot path where building and materializing a LINQ query costs
/// more than the database does. It still runs through EF's command pipeline, so interceptors (SQL
/// counting, SQLite's interrupt on cancellation), logging and the retry strategy apply as to any query.
/// Values in the SQL are placeholders <c>{0}</c>, <c>{1}</c>… bound as parameters.
/// </summary>
public static class StatementRunner
{
    /// <summary>Every row the statement returns, read by <paramref name="readRow"/> (retried whole on a transient failure).</summary>
    public static Task<List<TRow>> ListAsync<TRow>(
        this ClawithDbContext db, string sql, object[] values, Func<DbDataReader, TRow> readRow, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, values, db.Model);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var reader = await command.RelationalCommand.ExecuteReaderAsync(new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
                db.GetService<IRelationalCommandDiagnosticsLogger>()), token);
            var rows = new List<TRow>();
            while (await reader.ReadAsync(token))
                rows.Add(readRow(reader.DbDataReader));
            return rows;
        }, cancellationToken);
    }

    /// <inheritdoc cref="ListAsync{TRow}(ClawithDbContext, string, object[], Func{DbDataReader, TRow}, CancellationToken)"/>
    public static Task<List<TRow>> ListAsync<TRow>(
        this ClawithDbContext db, Sql statement, Func<DbDataReader, TRow> readRow, CancellationToken cancellationToken)
    {
        var (sql, values) = statement.Render();
        return db.ListAsync(sql, values, readRow, cancellationToken);
    }

    /// <inheritdoc cref="ListReadableAsync{TRow}(ClawithDbContext, string, object[], string, Func{DbDataReader, TRow}, CancellationToken, int?)"/>
    public static Task<ReadRows<TRow>> ListReadableAsync<TRow>(
        this ClawithDbContext db, Sql statement, string table, Func<DbDataReader, TRow> readRow, CancellationToken cancellationToken, int? parentColumn = null)
    {
        var (sql, values) = statement.Render();
        return db.ListReadableAsync(sql, values, table, readRow, cancellationToken, parentColumn);
    }

    /// <summary>
    /// Every row the statement returns that <paramref name="readRow"/> can read, and those it cannot
    /// (<see cref="UnreadableValueException"/>), named by their first column (the row's id) in <paramref name="table"/>
    /// and, for a list of several parents' rows, by the text of <paramref name="parentColumn"/>.
    /// </summary>
    public static async Task<ReadRows<TRow>> ListReadableAsync<TRow>(
        this ClawithDbContext db, string sql, object[] values, string table, Func<DbDataReader, TRow> readRow,
        CancellationToken cancellationToken, int? parentColumn = null)
    {
        var rows = await db.ListAsync(sql, values, row =>
        {
            try
            {
                return (Row: readRow(row), LeftOut: (UnreadableRow?)null);
            }
            catch (UnreadableValueException exception)
            {
                return (Row: default(TRow)!, LeftOut: new UnreadableRow(table, row.RawText(0), exception.Message)
                {
                    Parent = parentColumn is { } parent ? row.RawText(parent) : null,
                });
            }
        }, cancellationToken);
        return new ReadRows<TRow>(
            [.. rows.Where(r => r.LeftOut is null).Select(r => r.Row)],
            [.. rows.Where(r => r.LeftOut is not null).Select(r => r.LeftOut!)]);
    }

    /// <summary>The placeholders <c>{first}, …</c> of <paramref name="count"/> values, for an IN list.</summary>
    public static string Placeholders(int first, int count) =>
        string.Join(", ", Enumerable.Range(first, count).Select(n => $"{{{n}}}"));

    /// <summary>
    /// <paramref name="value"/> as the database stores <typeparamref name="TEntity"/>'s <paramref name="property"/>
    /// (SQLite keeps ids and times as text), for comparing that column with a parameter.
    /// </summary>
    public static object Stored<TEntity>(this ClawithDbContext db, string property, object value) =>
        db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(value)!
            : value;
}

/// <summary>The rows read, and those left out because they could not be.</summary>
public sealed record ReadRows<TRow>(List<TRow> Rows, IReadOnlyList<UnreadableRow> LeftOut);
