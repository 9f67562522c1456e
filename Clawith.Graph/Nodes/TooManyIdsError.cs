using System.Collections;
using Clawith.Graph.Schema.Errors;
using GraphQL.Validation;

namespace Clawith.Graph.Nodes;

/// <summary>nodes(ids) with more ids than its cap: refused before anything runs, as any invalid argument is.</summary>
public sealed class TooManyIdsError : ValidationError
{
    private TooManyIdsError(int count)
        : base($"nodes takes at most {NodeQueries.MaxIds} ids; {count} were given. Ask for the rest in another request.") =>
        Code = ErrorCodes.InvalidInput;

    public static void ThrowIfOverCap(object ids)
    {
        if (ids is ICollection { Count: > NodeQueries.MaxIds } list)
            throw new TooManyIdsError(list.Count);
    }
}
