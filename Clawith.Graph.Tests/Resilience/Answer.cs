using System.Net;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>How the server answered one call, as a client acting on it sees it.</summary>
public enum Ack
{
    /// <summary>Done as asked.</summary>
    Done,
    /// <summary>The session is not there.</summary>
    NotFound,
    /// <summary>The database was busy or out of reach: a 503, or GraphQL's DATABASE_UNAVAILABLE; send it again.</summary>
    Busy,
    /// <summary>Anything else: a bug, for the test to report.</summary>
    Failed,
}

/// <summary>One answer: its verdict, the response as sent, how long it took, and what it carried.</summary>
public sealed record Answer(Ack Ack, GraphResponse Response, TimeSpan Latency)
{
    public Guid Id { get; init; }
    public string? Title { get; init; }
    public int? MessageCount { get; init; }
    /// <summary>A listing's sessions: id to title.</summary>
    public IReadOnlyDictionary<Guid, string> Listed { get; init; } = new Dictionary<Guid, string>();

    public int Status => (int)Response.Status;

    /// <summary>A busy or out-of-reach database, in either of its two shapes.</summary>
    public static bool IsBusy(GraphResponse response) =>
        response.Status == HttpStatusCode.ServiceUnavailable || GraphErrorCode(response) == ErrorCodes.DatabaseUnavailable;

    public static string? GraphErrorCode(GraphResponse response)
    {
        try
        {
            return response.ErrorCode();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
