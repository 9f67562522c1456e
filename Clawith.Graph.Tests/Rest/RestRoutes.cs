using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Rest;

/// <summary>One of the five routes, called with ids as path text (so they may be malformed) and a valid body.</summary>
public sealed record RestRoute(string Name, HttpMethod Method, bool HasSession, object? Body, string Suffix = "")
{
    public static readonly RestRoute List = new("GET sessions", HttpMethod.Get, false, null);
    public static readonly RestRoute Create = new("POST sessions", HttpMethod.Post, false, new { title = "New" });
    public static readonly RestRoute Rename = new("PATCH session", HttpMethod.Patch, true, new { title = "Renamed" });
    public static readonly RestRoute Delete = new("DELETE session", HttpMethod.Delete, true, null);
    public static readonly RestRoute Messages = new("GET messages", HttpMethod.Get, true, null, "/messages");

    public static readonly RestRoute[] All = [List, Create, Rename, Delete, Messages];
    public static readonly RestRoute[] WithSession = [Rename, Delete, Messages];

    public string Path(string agentId, string sessionId) =>
        $"/api/agents/{agentId}/sessions" + (HasSession ? $"/{sessionId}{Suffix}" : "");

    public Task<GraphResponse> CallAsync(GraphClient client, Guid agentId, Guid sessionId) =>
        CallAsync(client, agentId.ToString(), sessionId.ToString());

    public Task<GraphResponse> CallAsync(GraphClient client, string agentId, string sessionId) =>
        client.RestAsync(Method, Path(agentId, sessionId), Body);

    public override string ToString() => Name;

    public static TheoryData<RestRoute> Each(IEnumerable<RestRoute> routes)
    {
        var data = new TheoryData<RestRoute>();
        foreach (var route in routes)
            data.Add(route);
        return data;
    }
}
