using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// The columns a hand-written statement selects of one entity, in order, each with how its value is read
/// back: one list gives the SELECT list, the number of columns, each one's position and the reading, so
/// adding a column touches one line. Names come from the EF model (<see cref="StoredNames"/>).
/// </summary>
public sealed class EntityColumns<TEntity> where TEntity : new()
{
    private readonly List<Column> _columns = [];
    private readonly ConditionalWeakTable<IModel, ConcurrentDictionary<string, Sql>> _selects = [];

    public int Count => _columns.Count;

    /// <param name="select">How the column is selected, when not as it is (PostgreSQL's enum types are read as text).</param>
    public EntityColumns<TEntity> Add(string property, Action<TEntity, DbDataReader, int> read, Func<Sql, Sql>? select = null)
    {
        _columns.Add(new Column(property, read, select));
        return this;
    }

    /// <summary>Where <paramref name="property"/>'s column stands among these.</summary>
    public int IndexOf(string property) =>
        _columns.FindIndex(column => column.Property == property) is var index and >= 0
            ? index
            : throw new ArgumentException($"{typeof(TEntity).Name}.{property} is not among the selected columns.", nameof(property));

    /// <summary>The SELECT list of these columns of the table aliased <paramref name="alias"/>.</summary>
    public Sql Select(IModel model, string alias) =>
        _selects.GetOrCreateValue(model).GetOrAdd(alias, alias => Sql.Join(", ", _columns.Select(column =>
        {
            var name = model.Column<TEntity>(alias, column.Property);
            return column.Selected?.Invoke(name) ?? name;
        })));

    /// <summary>The entity whose columns start at <paramref name="first"/>.</summary>
    public TEntity Read(DbDataReader row, int first)
    {
        var entity = new TEntity();
        for (var i = 0; i < _columns.Count; i++)
            _columns[i].Read(entity, row, first + i);
        return entity;
    }

    private sealed record Column(string Property, Action<TEntity, DbDataReader, int> Read, Func<Sql, Sql>? Selected);
}
