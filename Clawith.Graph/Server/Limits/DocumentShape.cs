using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// How deep and how wide a parsed document is as it would run: every fragment counted each time it is
/// spread, measured once per fragment, so a fragment bomb (fragments spreading each other twice over) is
/// counted in linear time rather than expanded. Counts stop at <see cref="Ceiling"/>.
/// </summary>
public sealed record DocumentShape(int Depth, long Fields, long Aliases)
{
    public const long Ceiling = 1_000_000_000;

    private static readonly DocumentShape Empty = new(0, 0, 0);

    /// <summary>The whole document: every operation, and every fragment that nothing spreads.</summary>
    /// <exception cref="InsufficientExecutionStackException">Fragments chained deeper than the stack allows.</exception>
    public static DocumentShape Of(GraphQLDocument document)
    {
        var measure = new Measure(document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(fragment => fragment.FragmentName.Name.StringValue));
        var total = Empty;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
            total = total.Beside(measure.Of(operation.SelectionSet));
        // Unused fragments are refused by validation, which still has to walk them first.
        var unused = measure.Unspread().ToDictionary(name => name, measure.Fragment);
        foreach (var name in measure.Unspread().Where(unused.ContainsKey))
            total = total.Beside(unused[name]);
        return total;
    }

    private DocumentShape Beside(DocumentShape other) =>
        new(Math.Max(Depth, other.Depth), Add(Fields, other.Fields), Add(Aliases, other.Aliases));

    private static long Add(long a, long b) => Math.Min(Ceiling, a + b);

    private sealed class Measure(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, DocumentShape> _measured = [];
        private readonly HashSet<string> _measuring = [];
        private readonly HashSet<string> _spread = [];

        public IEnumerable<string> Unspread() => fragments.Keys.Where(name => !_spread.Contains(name)).ToList();

        public DocumentShape Of(GraphQLSelectionSet? selections)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var shape = Empty;
            foreach (var selection in selections?.Selections ?? [])
            {
                shape = shape.Beside(selection switch
                {
                    GraphQLField field => OfField(field),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => OfSpread(spread.FragmentName.Name.StringValue),
                    _ => Empty,
                });
            }
            return shape;
        }

        /// <summary>A fragment's own shape, measured once; a cycle or an unknown name measures as nothing (validation refuses both).</summary>
        public DocumentShape Fragment(string name)
        {
            if (_measured.TryGetValue(name, out var known))
                return known;
            if (!fragments.TryGetValue(name, out var fragment) || !_measuring.Add(name))
                return Empty;
            var shape = Of(fragment.SelectionSet);
            _measuring.Remove(name);
            return _measured[name] = shape;
        }

        private DocumentShape OfField(GraphQLField field)
        {
            var children = Of(field.SelectionSet);
            return new DocumentShape(children.Depth + 1, Add(children.Fields, 1), Add(children.Aliases, field.Alias is null ? 0 : 1));
        }

        private DocumentShape OfSpread(string name)
        {
            _spread.Add(name);
            return Fragment(name);
        }
    }
}
