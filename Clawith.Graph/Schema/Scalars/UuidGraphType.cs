using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>
/// A UUID: written as canonical lowercase text, read by <see cref="UuidText"/>'s rule (any other text is
/// an input error, not a server error).
/// </summary>
public sealed class UuidGraphType : TextScalarGraphType
{
    public UuidGraphType()
    {
        Name = "UUID";
        Description = $"A UUID in canonical text, e.g. {UuidText.Example}: 36 characters, hex digits in either case (answers are lowercase), no braces or spaces.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Guid id => id,
        string text when UuidText.TryParse(text, out var id) => id,
        _ => throw new FormatException($"'{value}' is not a UUID (expected the form {UuidText.Example})."),
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
