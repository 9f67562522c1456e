using Clawith.Graph.Schema.Errors;
using GraphQL;

namespace Clawith.Graph.Server;

/// <summary>
/// A request that names no document it could run (no query, a query and a documentId, a malformed persisted
/// query): INVALID_INPUT, answered 400 over HTTP whatever the client accepts, as a body that is not a request is.
/// </summary>
public sealed class MalformedRequestError : ExecutionError
{
    public MalformedRequestError(string message) : base(message) => Code = ErrorCodes.InvalidInput;
}
