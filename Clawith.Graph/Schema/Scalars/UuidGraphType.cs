using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>A UUID as canonical lowercase text; any other text is an input error, not a server error.</summary>
public sealed class UuidGraphType : TextScalarGraphType
{
    public UuidGraphType()
    {
        Name = "UUID";
        Description = "A UUID in canonical lowercase text, e.g. 3f2504e0-4f89-41d3-9a0c-0305e82c3301.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Guid id => id,
        string text when Guid.TryParseExact(text, "D", out var id) => id,
        _ => throw new FormatException($"'{value}' is not a UUID (expected the form 3f2504e0-4f89-41d3-9a0c-0305e82c3301)."),
    };

    /// <summary>
    /// The Guid itself: JSON writes a Guid as canonical lowercase text straight into the response
    /// (<see cref="Server.ExecutionResultWriter"/>), without a string per id on the way.
    /// </summary>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Guid id => id,
        _ => ThrowSerializationError(value),
    };

    public override GraphQLValue ToAST(object? value) => value switch
    {
        null => new GraphQLNullValue(),
        Guid id => new GraphQLStringValue(id.ToString("D")),
        _ => ThrowASTConversionError(value),
    };
}
