using System.Runtime.CompilerServices;
using System.Text;

namespace Clawith.Graph.Data.Statements;

/// <summary>
/// A piece of a hand-written SQL statement together with the values it binds, as one immutable value:
/// text can only be our own (<see cref="Raw"/>, the literal parts of <see cref="Of"/>), and a value can
/// only enter as a parameter (<see cref="Bind"/>), so no piece of a statement is built by filling a
/// list on the side. Pieces nest freely; a bound value used in several places (a page size, a cursor
/// spliced into every branch) stays one parameter, because it is the same <see cref="Sql"/> instance.
/// <see cref="Render"/> numbers the parameters in order of first appearance, as
/// <see cref="StatementRunner"/>'s <c>{0}</c>, <c>{1}</c>… placeholders.
/// </summary>
public sealed class Sql
{
    public static readonly Sql Empty = new([]);

    /// <summary>Text, one bound value (<see cref="Parameter"/>), or other pieces, in order.</summary>
    private readonly object[] _parts;

    private Sql(object[] parts) => _parts = parts;

    /// <summary>Our own SQL text: keywords, quoted names from the EF model, labels of our enums. Never a client's text.</summary>
    public static Sql Raw(string text) => new([Checked(text)]);

    /// <summary>A value bound as a parameter, in the form the column stores (see <see cref="StatementRunner.Stored{TEntity}"/>).</summary>
    public static Sql Bind(object value) => new([new Parameter(value)]);

    /// <summary>
    /// A row count (LIMIT, OFFSET) as text, not a parameter: an integer is our own text. SQLite plans with a bound
    /// LIMIT's value, so it prepares a statement again each time that parameter is bound again (3.53: every run),
    /// which would undo the statements kept per connection; a count in the text keeps one prepared statement per size.
    /// </summary>
    public static Sql Count(int value) => Raw(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Text with pieces spliced in: only <see cref="Sql"/> pieces may be, so a value cannot slip into the text.</summary>
    public static Sql Of(Interpolation sql) => sql.ToSql();

    public static Sql Join(string separator, IEnumerable<Sql> pieces)
    {
        var parts = new List<object>();
        foreach (var piece in pieces)
        {
            if (parts.Count > 0)
                parts.Add(Checked(separator));
            parts.Add(piece);
        }
        return new Sql([.. parts]);
    }

    public static Sql operator +(Sql first, Sql second) => new([first, second]);

    public bool IsEmpty => _parts.Length == 0;

    /// <summary>The statement's text with placeholders <c>{0}</c>, <c>{1}</c>…, and the values they stand for.</summary>
    public (string Text, object[] Values) Render()
    {
        var text = new StringBuilder();
        var numbers = new Dictionary<Parameter, int>(ReferenceEqualityComparer.Instance);
        Write(text, numbers);
        var values = new object[numbers.Count];
        foreach (var (parameter, number) in numbers)
            values[number] = parameter.Value;
        return (text.ToString(), values);
    }

    public override string ToString() => Render().Text;

    private void Write(StringBuilder text, Dictionary<Parameter, int> numbers)
    {
        foreach (var part in _parts)
        {
            switch (part)
            {
                case string literal:
                    text.Append(literal);
                    break;
                case Parameter parameter:
                    if (!numbers.TryGetValue(parameter, out var number))
                        numbers[parameter] = number = numbers.Count;
                    text.Append('{').Append(number).Append('}');
                    break;
                case Sql piece:
                    piece.Write(text, numbers);
                    break;
            }
        }
    }

    /// <summary>Braces would read as placeholders: our SQL has none, so one is a mistake to stop at once.</summary>
    private static string Checked(string text) =>
        text.AsSpan().IndexOfAny('{', '}') < 0 ? text : throw new ArgumentException($"SQL text may not hold braces: {text}");

    private sealed class Parameter(object value)
    {
        public object Value { get; } = value;
    }

    [InterpolatedStringHandler]
    public readonly ref struct Interpolation
    {
        private readonly List<object> _parts;

        /// <summary>Called by the compiler with the interpolated string's shape.</summary>
        public Interpolation(int literalLength, int formattedCount) => _parts = new(2 * formattedCount + 1);

        public void AppendLiteral(string text)
        {
            if (text.Length > 0)
                _parts.Add(Checked(text));
        }

        public void AppendFormatted(Sql piece) => _parts.Add(piece);

        public Sql ToSql() => new([.. _parts]);
    }
}
