namespace Clawith.Graph.Filtering;

/// <summary>What a test does before any negation: HotChocolate.Data's operations come in pairs, <c>gt</c> and <c>ngt</c>, …</summary>
public enum Comparison
{
    Equals,
    In,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Contains,
    StartsWith,
    EndsWith,
}

/// <summary>
/// One operation of an operation filter input, under HotChocolate.Data's name. A negated operation
/// (<c>neq</c>, <c>nin</c>, <c>ncontains</c>, …) is the exact complement of its positive one: a value
/// that is missing (null) matches no positive operation but <c>eq: null</c>, and every negated one but
/// <c>neq: null</c>.
/// </summary>
public sealed record FilterOperation(string Name, Comparison Comparison, bool Negated, string Description)
{
    public static readonly FilterOperation Eq = new("eq", Comparison.Equals, false, "Equal to the value exactly (null: the value is missing).");
    public static readonly FilterOperation Neq = new("neq", Comparison.Equals, true, "Not equal to the value: a missing value matches (null: the value is present).");
    public static readonly FilterOperation In = new("in", Comparison.In, false, "Equal to one of the values exactly.");
    public static readonly FilterOperation Nin = new("nin", Comparison.In, true, "Equal to none of the values: a missing value matches unless the list holds null.");
    public static readonly FilterOperation Gt = new("gt", Comparison.GreaterThan, false, "Greater than the value (a later moment).");
    public static readonly FilterOperation Ngt = new("ngt", Comparison.GreaterThan, true, "Not greater than the value: a missing value matches.");
    public static readonly FilterOperation Gte = new("gte", Comparison.GreaterThanOrEqual, false, "Greater than or equal to the value.");
    public static readonly FilterOperation Ngte = new("ngte", Comparison.GreaterThanOrEqual, true, "Not greater than or equal to the value: a missing value matches.");
    public static readonly FilterOperation Lt = new("lt", Comparison.LessThan, false, "Less than the value (an earlier moment).");
    public static readonly FilterOperation Nlt = new("nlt", Comparison.LessThan, true, "Not less than the value: a missing value matches.");
    public static readonly FilterOperation Lte = new("lte", Comparison.LessThanOrEqual, false, "Less than or equal to the value.");
    public static readonly FilterOperation Nlte = new("nlte", Comparison.LessThanOrEqual, true, "Not less than or equal to the value: a missing value matches.");
    public static readonly FilterOperation Contains = new("contains", Comparison.Contains, false, "Contains the text, ignoring case (beyond ASCII: 'über' finds 'Über').");
    public static readonly FilterOperation Ncontains = new("ncontains", Comparison.Contains, true, "Does not contain the text, ignoring case: a missing value matches.");
    public static readonly FilterOperation StartsWith = new("startsWith", Comparison.StartsWith, false, "Starts with the text, ignoring case.");
    public static readonly FilterOperation NstartsWith = new("nstartsWith", Comparison.StartsWith, true, "Does not start with the text, ignoring case: a missing value matches.");
    public static readonly FilterOperation EndsWith = new("endsWith", Comparison.EndsWith, false, "Ends with the text, ignoring case.");
    public static readonly FilterOperation NendsWith = new("nendsWith", Comparison.EndsWith, true, "Does not end with the text, ignoring case: a missing value matches.");

    public static readonly IReadOnlyList<FilterOperation> Equality = [Eq, Neq];
    public static readonly IReadOnlyList<FilterOperation> Membership = [In, Nin];
    public static readonly IReadOnlyList<FilterOperation> Ordering = [Gt, Ngt, Gte, Ngte, Lt, Nlt, Lte, Nlte];
    public static readonly IReadOnlyList<FilterOperation> Text = [Contains, Ncontains, StartsWith, NstartsWith, EndsWith, NendsWith];

    /// <summary>Whether the operation takes a list of values.</summary>
    public bool TakesList => Comparison == Comparison.In;
}
