using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;

namespace Clawith.Graph.Schema.Errors;

/// <summary>
/// Errors as clients see them: one stable <c>extensions.code</c>, no exception details. A value that
/// does not fit its type (a malformed UUID literal or variable) is the client's input error: INVALID_INPUT.
/// </summary>
public sealed class ClawithErrorInfoProvider() : ErrorInfoProvider(options =>
{
    options.ExposeCodes = false;
    options.ExposeData = false;
    options.ExposeExceptionDetails = false;
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ArgumentsOfCorrectTypeError or InvalidVariableError && info.Extensions is { } extensions)
            extensions["code"] = ErrorCodes.InvalidInput;
        return info;
    }
}
