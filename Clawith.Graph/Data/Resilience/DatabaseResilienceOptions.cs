using Clawith.Graph.Configuration;

namespace Clawith.Graph.Data.Resilience;

/// <summary>
/// The <c>DatabaseResilience</c> section of appsettings.json: how long the server waits out a busy
/// database, how often it retries, and what it tells clients when the database stays out of reach.
/// </summary>
public sealed class DatabaseResilienceOptions : ICheckedSettings
{
    public const string Section = "DatabaseResilience";

    /// <summary>SQLite: how long a statement waits for another connection's lock before giving up.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>PostgreSQL: retries of an operation that failed transiently (a dropped connection, a deadlock); 0 turns retrying off.</summary>
    public int MaxRetryCount { get; set; } = 3;

    /// <summary>PostgreSQL: the longest pause between two retries (they back off exponentially up to it).</summary>
    public int MaxRetryDelayMilliseconds { get; set; } = 1000;

    /// <summary>The Retry-After, in seconds, of a 503 answered while the database is busy or out of reach.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    public void Check(SettingsCheck check) => check
        .AtLeastOne(BusyTimeoutMilliseconds, nameof(BusyTimeoutMilliseconds))
        .AtLeastOne(RetryAfterSeconds, nameof(RetryAfterSeconds))
        .NotNegative(MaxRetryCount, nameof(MaxRetryCount))
        .NotNegative(MaxRetryDelayMilliseconds, nameof(MaxRetryDelayMilliseconds));
}
