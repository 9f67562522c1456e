using System.Globalization;
using Clawith.Graph.Schema.Errors;

namespace Clawith.Graph.Server.Limits;

/// <summary>Each limit's refusal: its code, the limit and the value that broke it.</summary>
public static class LimitErrors
{
    public static CodedExecutionError DocumentTooLarge(int length, int max) => new(LimitCodes.DocumentTooLarge,
        $"The query is {Count(length)} characters long; the maximum document size is {Count(max)} characters.");

    public static CodedExecutionError TooDeep(int depth, int max) => new(LimitCodes.MaxDepthExceeded,
        $"The query nests fields {Count(depth)} levels deep; the maximum depth is {Count(max)}.");

    /// <summary>Nesting so deep the parser stops before the depth can be counted.</summary>
    public static CodedExecutionError TooDeepToParse(int max) => new(LimitCodes.MaxDepthExceeded,
        $"The query nests deeper than the parser follows; the maximum depth is {Count(max)}.");

    public static CodedExecutionError TooManyFields(long fields, int max) => new(LimitCodes.MaxFieldsExceeded,
        $"The query selects {AtLeast(fields)} fields (a fragment counts each time it is spread); the maximum is {Count(max)}.");

    public static CodedExecutionError TooManyAliases(long aliases, int max) => new(LimitCodes.MaxAliasesExceeded,
        $"The query uses {AtLeast(aliases)} aliases (a fragment counts each time it is spread); the maximum is {Count(max)}.");

    public static CodedExecutionError RequestTooLarge(long? length, long max) => new(LimitCodes.RequestTooLarge, length is { } bytes
        ? $"The request body is {Count(bytes)} bytes; the maximum request body is {Count(max)} bytes."
        : $"The request body is larger than the maximum request body of {Count(max)} bytes.");

    public static CodedExecutionError Timeout(TimeSpan timeout) => new(LimitCodes.ExecutionTimeout,
        $"The operation ran past the execution timeout of {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds and was cancelled.");

    /// <summary>The answer grew past its budget while it was built; nothing of it is sent.</summary>
    public static CodedExecutionError AnswerTooLarge(long max) => new(LimitCodes.ResponseTooLarge,
        $"The answer grew past the response budget of {Count(max)} bytes and was dropped; select fewer fields or aliases, or smaller pages.");

    /// <summary>The message text read for the answer grew past its budget before the answer was built.</summary>
    public static CodedExecutionError ReadTooLarge(long max) => new(LimitCodes.ResponseTooLarge,
        $"The messages this operation reads hold more text than the response budget of {Count(max)} bytes; ask for fewer or smaller pages.");

    public static CodedExecutionError IntrospectionDisabled() => new(LimitCodes.IntrospectionDisabled,
        "Introspection is disabled on this server.");

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string AtLeast(long value) => value >= DocumentShape.Ceiling ? $"at least {Count(value)}" : Count(value);
}
