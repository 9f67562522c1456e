namespace Clawith.Graph.Data.Resilience;

/// <summary>
/// The <c>DatabaseResilience</c> section of appsettings.json: how long the server waits out a busy
/// database, how often it retries, and what it tells clients when the database stays out of reach.
/// </summary>
public sealed class DatabaseResilienceOptions
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

    public static DatabaseResilienceOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<DatabaseResilienceOptions>() ?? new DatabaseResilienceOptions();
        if (options.BusyTimeoutMilliseconds < 1 || options.MaxRetryCount < 0 || options.MaxRetryDelayMilliseconds < 0 || options.RetryAfterSeconds < 1)
            throw new InvalidOperationException(
                $"{Section}: BusyTimeoutMilliseconds and RetryAfterSeconds must be at least 1, MaxRetryCount and MaxRetryDelayMilliseconds at least 0.");
        return options;
    }
}
