using GraphQL;

namespace Clawith.Graph.Schema.Errors;

/// <summary>A field error a client may act on: its message is meant for them, its code is stable.</summary>
public sealed class CodedExecutionError : ExecutionError
{
    public CodedExecutionError(string code, string message) : base(message) => Code = code;

    public static CodedExecutionError InvalidInput(string message) => new(ErrorCodes.InvalidInput, message);

    /// <summary>A failure no one foresaw: logged in full, told to the client as this code alone.</summary>
    public static CodedExecutionError Unexpected() => new(ErrorCodes.InternalError, "An unexpected error occurred; it has been logged.");

    public static CodedExecutionError DatabaseUnavailable() =>
        new(ErrorCodes.DatabaseUnavailable, "The database is busy or out of reach; try again in a moment.");
}
