using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>
/// A scalar whose values are UUIDs: written as canonical lowercase text, read by <see cref="UuidText"/>'s
/// rule (any other text is an input error, not a server error). <see cref="UuidGraphType"/> and
/// <see cref="NodeIdGraphType"/> are this one value under two names.
/// </summary>
public abstract class UuidTextGraphType : TextScalarGraphType
{
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
