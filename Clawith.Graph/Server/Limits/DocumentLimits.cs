using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// The limits a query's text is held to before GraphQL.NET validates it: its size before it is parsed,
/// then its depth, fields and aliases. GraphQL.NET's own validation walks fragments once per spread,
/// so a fragment bomb must be turned away here, where fragments are measured once.
/// </summary>
public sealed class DocumentLimits(GraphLimitsOptions limits, IDocumentBuilder parser)
{
    /// <summary>The parsed document, ready to execute, or the errors that refuse it.</summary>
    public (GraphQLDocument? Document, IReadOnlyList<ExecutionError> Errors) Check(string query)
    {
        if (query.Length > limits.MaxDocumentLength)
            return Refused(LimitErrors.DocumentTooLarge(query.Length, limits.MaxDocumentLength));
        GraphQLDocument document;
        DocumentShape shape;
        try
        {
            document = parser.Build(query);
            shape = DocumentShape.Of(document);
        }
        catch (ExecutionError syntaxError)
        {
            return Refused(syntaxError);
        }
        catch (Exception exception) when (exception is GraphQLMaxDepthExceededException or InsufficientExecutionStackException)
        {
            return Refused(LimitErrors.TooDeepToParse(limits.MaxDepth));
        }
        var errors = Broken(shape).ToList();
        return errors.Count == 0 ? (document, []) : (null, errors);
    }

    private IEnumerable<ExecutionError> Broken(DocumentShape shape)
    {
        if (shape.Depth > limits.MaxDepth)
            yield return LimitErrors.TooDeep(shape.Depth, limits.MaxDepth);
        if (shape.Fields > limits.MaxFields)
            yield return LimitErrors.TooManyFields(shape.Fields, limits.MaxFields);
        if (shape.Aliases > limits.MaxAliases)
            yield return LimitErrors.TooManyAliases(shape.Aliases, limits.MaxAliases);
    }

    private static (GraphQLDocument?, IReadOnlyList<ExecutionError>) Refused(ExecutionError error) => (null, [error]);
}
