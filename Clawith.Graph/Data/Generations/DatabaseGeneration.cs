namespace Clawith.Graph.Data.Generations;

/// <summary>
/// The generation of the database this server uses, settled once: at start when the database answers
/// (<see cref="SettleAsync"/>), else at the first request or health probe that reaches it. Until then every
/// use of the database fails as the database itself did (<see cref="SchemaGenerationUnknownException"/>
/// wraps that failure, so it is answered as unavailable, 503 / DATABASE_UNAVAILABLE, never as a 500).
/// </summary>
public sealed class DatabaseGeneration(DatabaseOptions options, DatabaseLocation database, ILogger<DatabaseGeneration> logger)
{
    private readonly SemaphoreSlim _settling = new(1, 1);
    // Boxed, so a reader on another thread sees it settled whole.
    private volatile object? _known;
    private volatile Exception? _lastFailure;

    public bool IsKnown => _known is not null;

    /// <summary>The settled generation; throws while the database has not answered yet.</summary>
    public SchemaGeneration Current =>
        _known is SchemaGeneration known ? known : throw new SchemaGenerationUnknownException(_lastFailure);

    /// <summary>
    /// Reads the database's columns and settles its generation with the setting (once). A database that
    /// cannot be reached leaves it unknown and throws that failure; one whose shape is unknown, or
    /// contradicts a pinned setting, throws <see cref="SchemaGenerationException"/>.
    /// </summary>
    public async Task<SchemaGeneration> SettleAsync(CancellationToken cancellationToken)
    {
        if (_known is SchemaGeneration known)
            return known;
        await _settling.WaitAsync(cancellationToken);
        try
        {
            if (_known is SchemaGeneration settled)
                return settled;
            SchemaShape shape;
            try
            {
                shape = await SchemaInspector.ReadAsync(database, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _lastFailure = exception;
                throw;
            }
            var generation = Decide(shape);
            _known = generation;
            logger.LogInformation("Clawith schema: {Generation} ({How})", generation.Name(),
                options.PinnedGeneration is null ? shape.IsEmpty ? "a new database: 225b36fd" : "read from the database's columns" : "pinned by Database:ClawithSchema");
            return generation;
        }
        finally
        {
            _settling.Release();
        }
    }

    /// <summary>The setting against the columns: a pinned generation must agree with a database that has one.</summary>
    private SchemaGeneration Decide(SchemaShape shape)
    {
        var found = shape.Generation();
        if (options.PinnedGeneration is not { } pinned)
            return found ?? SchemaGeneration.Commit225b36fd;
        if (found is { } actual && actual != pinned)
            throw new SchemaGenerationException(
                $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ClawithSchema)} is {pinned.Name()}, but the database's chat tables are "
                + $"Clawith {actual.Name()}'s ({shape.Evidence(actual)}). Set it to {SchemaGenerations.Auto} or {actual.Name()}.");
        return pinned;
    }
}

/// <summary>The database has not answered since the server started, so its generation is not known yet.</summary>
public sealed class SchemaGenerationUnknownException(Exception? cause)
    : Exception("The database's Clawith schema generation is not known yet: the database has not answered.", cause);
