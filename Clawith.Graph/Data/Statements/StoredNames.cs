using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// Table and column names as the EF model has them (<see cref="StorageConventions"/>), quoted for a
/// hand-written statement, so a statement names a column by its entity's property and never by a
/// second spelling that could drift. Looked up once per model.
/// </summary>
public static class StoredNames
{
    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<(Type Entity, string Alias, string Property), Sql>> Names = [];

    /// <summary>The column of <typeparamref name="TEntity"/>'s <paramref name="property"/> on the table aliased <paramref name="alias"/>: <c>s."last_message_at"</c>.</summary>
    public static Sql Column<TEntity>(this IModel model, string alias, string property) =>
        Names.GetOrCreateValue(model).GetOrAdd((typeof(TEntity), alias, property), static (key, names) =>
            Sql.Raw($"{key.Alias}.\"{EntityType(names, key.Entity).FindProperty(key.Property)?.GetColumnName() ?? throw Unmapped(key.Entity, key.Property)}\""), model);

    /// <summary><typeparamref name="TEntity"/>'s table, quoted, with its alias: <c>"chat_sessions" AS s</c>.</summary>
    public static Sql Table<TEntity>(this IModel model, string alias) =>
        Names.GetOrCreateValue(model).GetOrAdd((typeof(TEntity), alias, ""), static (key, names) =>
            Sql.Raw($"\"{EntityType(names, key.Entity).GetTableName()}\" AS {key.Alias}"), model);

    private static IEntityType EntityType(IModel model, Type entity) =>
        model.FindEntityType(entity) ?? throw Unmapped(entity, "");

    private static InvalidOperationException Unmapped(Type entity, string property) =>
        new($"The EF model maps no {entity.Name}{(property.Length > 0 ? "." + property : "")}.");
}
