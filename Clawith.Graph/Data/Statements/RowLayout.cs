using Microsoft.EntityFrameworkCore.Metadata;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// The parts of a hand-written statement's SELECT list, in order (a session's columns, its count, its
/// agent's columns, …): one list gives both the SELECT list and where each part starts in a row, so a
/// part added or widened moves every later position with it.
/// </summary>
public sealed class RowLayout
{
    private readonly List<Func<IModel, Sql>> _selects = [];

    /// <summary>Where the next part would start: the row's width so far.</summary>
    public int Width { get; private set; }

    /// <summary>Adds a part of <paramref name="width"/> columns, and gives where it starts.</summary>
    public int Add(int width, Func<IModel, Sql> select)
    {
        var start = Width;
        _selects.Add(select);
        Width += width;
        return start;
    }

    public Sql Select(IModel model) => Sql.Join(", ", _selects.Select(select => select(model)));
}
