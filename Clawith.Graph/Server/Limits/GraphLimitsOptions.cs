using Clawith.Graph.Configuration;

namespace Clawith.Graph.Server.Limits;

/// <summary>
/// The <c>GraphQL:Limits</c> section: how much one GraphQL request may ask of the server. The defaults
/// let the SPA's heaviest operation (50 sessions with their latest 50 messages) and the playground's
/// introspection pass with room to spare; the README lists them.
/// </summary>
public sealed class GraphLimitsOptions : ICheckedSettings
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Characters of query text, checked before it is parsed.</summary>
    public int MaxDocumentLength { get; set; } = 16_384;

    /// <summary>Levels of nested fields, leaves included: <c>{ me { id } }</c> is 2.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Field selections, every fragment counted each time it is spread.</summary>
    public int MaxFields { get; set; } = 500;

    /// <summary>Aliased fields, counted as <see cref="MaxFields"/> counts fields.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>
    /// 1 per field, times the page sizes above it (<c>first</c>/<c>last</c>; a page with neither counts
    /// as the largest page, 500). Roughly: how many values the answer may hold.
    /// </summary>
    public int MaxCost { get; set; } = 500_000;

    /// <summary>
    /// Bytes one execution's answer may hold (a query, a mutation, one event of a subscription), counted
    /// while it is built; the message text it reads from the database counts against the same number, a
    /// character for a byte. 256 MiB: the SPA's open session on the largest page the contract allows
    /// (500 messages of 100,000 characters, each written as content, as its part and, for a tool call,
    /// as its call: up to 150 MB, with as much thinking 200 MB) fits; five such pages in one request do not.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 256L << 20;

    /// <summary>How long one operation may run before it is cancelled, SQL included.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Operations running at once; a request past it is turned away with 503 rather than queued.</summary>
    public int MaxConcurrentExecutions { get; set; } = 64;

    /// <summary>The Retry-After a turned-away request is given.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>A value that would refuse everything or nothing stops the server at start.</summary>
    public void Check(SettingsCheck check) => check
        .AtLeastOne(MaxDocumentLength, nameof(MaxDocumentLength))
        .AtLeastOne(MaxDepth, nameof(MaxDepth))
        .AtLeastOne(MaxFields, nameof(MaxFields))
        .AtLeastOne(MaxCost, nameof(MaxCost))
        .AtLeastOne(MaxConcurrentExecutions, nameof(MaxConcurrentExecutions))
        .AtLeastOne(RetryAfterSeconds, nameof(RetryAfterSeconds))
        .AtLeastOne(MaxResponseBytes, nameof(MaxResponseBytes))
        .NotNegative(MaxAliases, nameof(MaxAliases))
        .Positive(ExecutionTimeout, nameof(ExecutionTimeout), "00:00:30");
}
