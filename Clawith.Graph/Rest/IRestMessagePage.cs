using System.Text.Json.Nodes;
using Clawith.Graph.Data.Entities;

namespace Clawith.Graph.Rest;

/// <summary>
/// What GET messages answers, as the database's generation has Clawith's route: which page a request asks for (read
/// with the path, before the access checks, as FastAPI reads its query), and that page's entries once access passed.
/// </summary>
public interface IRestMessagePage
{
    /// <summary>The page the query asks for; a bad value is FastAPI's 422.</summary>
    RestMessagePageRequest Read(IQueryCollection query);

    /// <summary>The page's entries, oldest first; every read is done when this completes, so none can fail while they are written.</summary>
    Task<IEnumerable<JsonObject>> EntriesAsync(RestMessagePageRequest request, ChatSession session, CancellationToken cancellationToken);
}

/// <summary>The <c>limit</c> and <c>before</c> cursor a request names (251aeba8's; 225b36fd's route takes neither).</summary>
public sealed record RestMessagePageRequest(int Limit, string? Before);
