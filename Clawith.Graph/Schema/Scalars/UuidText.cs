namespace Clawith.Graph.Schema.Scalars;

/// <summary>
/// The one rule for a UUID a client sends, in GraphQL (the UUID scalar) and REST (path ids) alike: the
/// canonical 36-character form, hyphens at 8-4-4-4-12, hex digits in either case, and nothing else: no
/// braces or parentheses, no surrounding space, not the 32 digits without hyphens.
/// </summary>
public static class UuidText
{
    public const string Example = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    // "D" alone would also trim surrounding white space: the length rules that out.
    public static bool TryParse(string? text, out Guid id)
    {
        id = default;
        return text is { Length: 36 } && Guid.TryParseExact(text, "D", out id);
    }
}
