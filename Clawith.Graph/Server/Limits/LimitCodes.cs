namespace Clawith.Graph.Server.Limits;

/// <summary>The stable <c>extensions.code</c> of each limit, so a client can tell them apart.</summary>
public static class LimitCodes
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string ServerBusy = "SERVER_BUSY";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
