using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Clawith.Graph.Server;

/// <summary>
/// A variable declared nullable may still be used where null is not allowed (<c>$scope: SessionScope = MINE</c>
/// passed to <c>scope: SessionScope!</c>): the spec lets it when the variable or the argument has a default.
/// A client that then sends <c>null</c> is refused, rightly (a default applies only to a variable left out),
/// but GraphQL.NET says "Received a null input for a non-null variable", which the client's variable is not.
/// The refusal stands, same code and place; its message says what happened and what to send instead.
/// </summary>
public static class NullVariableWording
{
    private const string Wording = "Received a null input for a non-null variable.";

    public static ExecutionResult Reworded(ExecutionResult result, string query)
    {
        if (result.Errors is not { } errors || !errors.Any(error => NullableDefinitionOf(error) is not null))
            return result;
        var reworded = new ExecutionErrors();
        reworded.AddRange(errors.Select(error => NullableDefinitionOf(error) is { } definition ? Explained(error, definition, query) : error));
        result.Errors = reworded;
        return result;
    }

    /// <summary>The variable's definition when the error is GraphQL.NET's null refusal of the variable itself, declared nullable.</summary>
    private static GraphQLVariableDefinition? NullableDefinitionOf(ExecutionError error) =>
        error is InvalidVariableError invalid
        && invalid.Message.EndsWith(Wording, StringComparison.Ordinal)
        && invalid.Nodes.OfType<GraphQLVariableDefinition>().FirstOrDefault() is { Type: not GraphQLNonNullType } definition
        && invalid.Message.StartsWith($"Variable '${definition.Variable.Name.StringValue}' is invalid.", StringComparison.Ordinal)
            ? definition
            : null;

    private static ValidationError Explained(ExecutionError error, GraphQLVariableDefinition definition, string query)
    {
        var name = definition.Variable.Name.StringValue;
        var defaultValue = definition.DefaultValue is { } value
            ? $"its default ({query[value.Location.Start..value.Location.End]})"
            : "the default of the place it is used in";
        return new ValidationError(query, ((ValidationError)error).Number,
            $"Variable '${name}' is null, but it is used where a value is required. Leave '{name}' out of the variables " +
            $"to use {defaultValue}, or give it a value: a default applies only to a variable that is left out.",
            definition)
        {
            Code = error.Code,
        };
    }
}
