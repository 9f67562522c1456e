using Clawith.Graph.Data;
using Clawith.Graph.DataLoading;
using Clawith.Graph.Schema.Paging;
using GraphQL;
using GraphQL.DataLoader;

namespace Clawith.Graph.Schema.Errors;

/// <summary>
/// A connection's rows that could not be read, told to the client as errors at the connection's own path
/// (UNREADABLE_ROW): the page holds the rest, and the client knows it is short and why.
/// </summary>
public static class LeftOutRows
{
    public static IDataLoaderResult<Connection<T>> ReportingLeftOut<T>(this IDataLoaderResult<Connection<T>> page, IResolveFieldContext context)
    {
        var report = Reporter<T>(context);
        return page.Then(connection => report(connection));
    }

    public static async Task<Connection<T>> ReportingLeftOut<T>(this Task<Connection<T>> page, IResolveFieldContext context) =>
        Reporter<T>(context)(await page);

    /// <summary>What the report needs of the context, taken now: the engine may reuse a context once its resolver returned.</summary>
    private static Func<Connection<T>, Connection<T>> Reporter<T>(IResolveFieldContext context)
    {
        var (errors, path, field, document) = (context.Errors, context.ResponsePath.ToArray(), context.FieldAst, context.Document);
        return connection =>
        {
            foreach (var row in connection.LeftOut)
                errors.Add(new CodedExecutionError(ErrorCodes.UnreadableRow,
                    $"A stored {row.Noun} could not be read and is left out of this list (id '{row.Id}': {row.Reason}).")
                { Path = path }.AddLocation(field, document));
            return connection;
        };
    }
}
