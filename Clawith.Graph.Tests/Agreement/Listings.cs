using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>An agent's session list through each API, as an <see cref="Outcome"/> of SessionOut rows.</summary>
public static class Listings
{
    private const string SessionsQuery = $$"""
        query Sessions($agentId: UUID!, $scope: SessionScope!, $after: String) {
          sessions(agentId: $agentId, scope: $scope, first: 500, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { {{SessionRows.GraphFields}} }
          }
        }
        """;

    /// <param name="scope">Clawith's REST module's word: "mine" or "all".</param>
    public static async Task<Outcome> RestAsync(GraphClient client, Guid agentId, string scope)
    {
        var response = await client.RestAsync(HttpMethod.Get, $"/api/agents/{agentId}/sessions?scope={scope}");
        if (Outcome.RestRefusal(response, HttpStatusCode.OK) is { } refusal)
            return Outcome.Refused(refusal);
        return response.Json is JsonArray sessions
            ? Outcome.Answered(sessions.Select(s => SessionRows.FromRest(s!)))
            : Outcome.Refused($"not a JSON array: {response.Body}");
    }

    /// <summary>Every page of the root sessions field, in order.</summary>
    public static async Task<Outcome> GraphAsync(GraphClient client, Guid agentId, string scope)
    {
        var rows = new List<JsonObject>();
        string? after = null;
        do
        {
            var response = await client.PostAsync(SessionsQuery, new { agentId, scope = scope.ToUpperInvariant(), after });
            if (Outcome.GraphRefusal(response, "sessions") is { } refusal)
                return Outcome.Refused(refusal);
            var connection = response.Data!["sessions"];
            if (connection is null)
                return Outcome.Refused("sessions is null without an error");
            rows.AddRange(connection["nodes"]!.AsArray().Select(s => SessionRows.FromGraph(s!, named: scope == "all") is var row
                && scope == "all" && TestGeneration.Is251aeba8 ? SessionRows.SeenFrom(row, s!, agentId) : row));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string?)connection["pageInfo"]!["endCursor"] : null;
        }
        while (after is not null);
        return Outcome.Answered(rows);
    }
}
