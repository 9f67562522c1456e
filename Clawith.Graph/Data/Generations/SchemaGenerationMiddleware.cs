using Clawith.Graph.Data.Resilience;

namespace Clawith.Graph.Data.Generations;

/// <summary>
/// Settles the database's generation at the first request after it answers, when it did not at start.
/// While it does not answer the request goes on (what needs no database still works; what does is answered
/// as unavailable). A database whose shape turns out unknown, or contradicts the setting, stops the server,
/// as it would have at start.
/// </summary>
public sealed class SchemaGenerationMiddleware(
    RequestDelegate next, DatabaseGeneration generation, IHostApplicationLifetime lifetime, ILogger<SchemaGenerationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!generation.IsKnown)
        {
            try
            {
                await generation.SettleAsync(http.RequestAborted);
            }
            catch (Exception exception) when (TransientDatabaseFailure.IsTransient(exception))
            {
                // Still out of reach: the database's users answer for it.
            }
            catch (SchemaGenerationException exception)
            {
                logger.LogCritical("{Problem} Stopping.", exception.Message);
                lifetime.StopApplication();
                throw;
            }
        }
        await next(http);
    }
}
