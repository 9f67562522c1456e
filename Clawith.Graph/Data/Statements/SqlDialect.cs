using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// What a hand-written statement needs to know of the database at hand: names from the EF model, values
/// in the form each column stores (SQLite keeps ids and times as text), and the two places where SQLite
/// and PostgreSQL differ for filters and orders: folding case (<see cref="TextFolding"/>) and comparing text.
/// </summary>
public sealed class SqlDialect(ClawithDbContext db)
{
    public bool IsSqlite { get; } = db.Database.IsSqlite();

    public IModel Model => db.Model;

    /// <summary><paramref name="value"/> bound as <typeparamref name="TEntity"/>'s <paramref name="property"/> stores it.</summary>
    public Sql Bind<TEntity>(string property, object value) => Sql.Bind(db.Stored<TEntity>(property, value));

    public Sql Column<TEntity>(string alias, string property) => db.Model.Column<TEntity>(alias, property);

    public Sql Table<TEntity>(string alias) => db.Model.Table<TEntity>(alias);

    /// <summary><paramref name="text"/> folded by <see cref="TextFolding"/>'s rule.</summary>
    public Sql Fold(Sql text) => IsSqlite ? Sql.Of($"{Sql.Raw(TextFolding.SqliteFunction)}({text})") : Sql.Of($"lower({text})");

    /// <summary>
    /// <paramref name="text"/> compared and sorted by code point, whatever the database's collation: SQLite's
    /// default (BINARY) already does; a PostgreSQL database may sort linguistically (en_US), so it is told "C".
    /// </summary>
    public Sql ByCodePoint(Sql text) => IsSqlite ? text : Sql.Of($"{text} COLLATE \"C\"");

    /// <summary>
    /// The text of <paramref name="json"/>'s top-level <paramref name="key"/>, or NULL: PostgreSQL's <c>-&gt;&gt;</c> on jsonb;
    /// on SQLite, json_extract of a valid JSON text (an invalid one gives NULL rather than failing the statement).
    /// </summary>
    public Sql JsonText(Sql json, string key)
    {
        if (!key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"A JSON key in SQL text must be a plain name: {key}", nameof(key));
        return IsSqlite
            ? Sql.Of($"CASE WHEN json_valid({json}) THEN json_extract({json}, {Sql.Raw($"'$.{key}'")}) END")
            : Sql.Of($"({json} ->> {Sql.Raw($"'{key}'")})");
    }
}
