using GraphQL.Types;
using GraphQLParser.AST;

namespace Clawith.Graph.Schema.Scalars;

/// <summary>A scalar written as a string literal, parsed like a variable's value.</summary>
public abstract class TextScalarGraphType : ScalarGraphType
{
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => ParseValue((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, $"A {Name} is written as a string."),
    };
}
