using System.Collections;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Filtering;

/// <summary>
/// Reads a <c>where</c> argument (the dictionary GraphQL.NET made of the input, from literals or
/// variables) into a <see cref="Condition"/>. Fields given together must all hold, as in HotChocolate.Data;
/// a field or an and/or given as null sets no condition. Bounded, so that one filter cannot make a
/// statement of any size: at most <see cref="MaxNesting"/> and/or levels, <see cref="MaxTests"/>
/// operations and <see cref="MaxValues"/> values in in/nin lists, each past it an INVALID_INPUT.
/// </summary>
public sealed class FilterReading
{
    public const int MaxNesting = 8;
    public const int MaxTests = 64;
    public const int MaxValues = 500;

    private int _tests;
    private int _values;

    private FilterReading()
    {
    }

    public static Condition? Read(object? where, ListFields fields) =>
        where is null ? null : new FilterReading().Object(Entries(where, fields.FilterInputName), fields, "", 0);

    private Condition? Object(IEnumerable<KeyValuePair<string, object?>> entries, ListFields fields, string prefix, int nesting)
    {
        var parts = new List<Condition>();
        foreach (var (name, value) in entries)
        {
            if (value is null)
                continue;
            Condition? part = name switch
            {
                "and" => Condition.AllOf(Combined(value, item => Object(Entries(item, fields.FilterInputName), fields, prefix, nesting + 1), nesting)),
                "or" => Condition.AnyOf(Combined(value, item => Object(Entries(item, fields.FilterInputName), fields, prefix, nesting + 1), nesting)),
                _ => fields.Find(name) switch
                {
                    ValueField field => Operations(Entries(value, name), field, prefix + name, nesting),
                    ObjectField nested => Object(Entries(value, nested.Fields.FilterInputName), nested.Fields, $"{prefix}{name}.", nesting),
                    _ => throw Invalid($"{fields.FilterInputName} has no field '{name}'."),
                },
            };
            if (part is not null)
                parts.Add(part);
        }
        return Condition.AllOf(parts);
    }

    private Condition? Operations(IEnumerable<KeyValuePair<string, object?>> entries, ValueField field, string path, int nesting)
    {
        var parts = new List<Condition>();
        foreach (var (name, value) in entries)
        {
            Condition? part = name switch
            {
                "and" when value is not null => Condition.AllOf(Combined(value, item => Operations(Entries(item, path), field, path, nesting + 1), nesting)),
                "or" when value is not null => Condition.AnyOf(Combined(value, item => Operations(Entries(item, path), field, path, nesting + 1), nesting)),
                "and" or "or" => null,
                _ => Operation(field, path, name, value),
            };
            if (part is not null)
                parts.Add(part);
        }
        return Condition.AllOf(parts);
    }

    private Test Operation(ValueField field, string path, string name, object? value)
    {
        var operation = field.Kind.Operations.FirstOrDefault(o => o.Name == name) ?? throw Invalid($"'{path}' has no operation '{name}'.");
        if (++_tests > MaxTests)
            throw Invalid($"A filter holds at most {MaxTests} operations.");
        if (!operation.TakesList)
            return new Test(path, field, operation, value);
        if (value is not IEnumerable list || value is string)
            throw Invalid($"'{path}.{name}' takes a list.");
        var values = list.Cast<object?>().ToList();
        _values += values.Count;
        if (_values > MaxValues)
            throw Invalid($"The in and nin lists of a filter hold at most {MaxValues} values in all.");
        return new Test(path, field, operation, values);
    }

    private List<Condition> Combined(object value, Func<object?, Condition?> read, int nesting)
    {
        if (nesting + 1 > MaxNesting)
            throw Invalid($"A filter nests and/or at most {MaxNesting} levels deep.");
        if (value is not IEnumerable items || value is IDictionary)
            throw Invalid("and and or take a list of conditions.");
        return [.. items.Cast<object?>().Select(read).OfType<Condition>()];
    }

    private static IEnumerable<KeyValuePair<string, object?>> Entries(object? value, string what) => value switch
    {
        null => [],
        IDictionary<string, object?> entries => entries,
        _ => throw Invalid($"'{what}' takes an object."),
    };

    private static CodedExecutionError Invalid(string message) => CodedExecutionError.InvalidInput(message);
}
