using System.Net;
using System.Text.Json.Nodes;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>A session's messages through each API, as an <see cref="Outcome"/> of Clawith's REST module's flattened entries.</summary>
public static class SessionMessages
{
    private const string SessionQuery = $$"""
        query Messages($agentId: UUID!, $id: UUID!) {
          session(agentId: $agentId, id: $id) {
            sourceChannel
            messages { nodes { {{SeedFlattening.GraphFields}} } }
          }
        }
        """;

    public static async Task<Outcome> RestAsync(GraphClient client, Guid agentId, Guid sessionId)
    {
        var response = await client.RestAsync(HttpMethod.Get, $"/api/agents/{agentId}/sessions/{sessionId}/messages");
        if (Outcome.RestRefusal(response, HttpStatusCode.OK) is { } refusal)
            return Outcome.Refused(refusal);
        return response.Json is JsonArray entries
            ? Outcome.Answered(entries.Select(e => Normalized(e!)))
            : Outcome.Refused($"not a JSON array: {response.Body}");
    }

    /// <summary>The session's messages with no paging arguments (the latest 500, as REST), expanded as Clawith's REST module flattens them.</summary>
    public static async Task<Outcome> GraphAsync(ClawithAppFactory app, GraphClient client, Guid agentId, Guid sessionId)
    {
        var response = await client.PostAsync(SessionQuery, new { agentId, id = sessionId });
        if (Outcome.GraphRefusal(response, "session") is { } refusal)
            return Outcome.Refused(refusal);
        if (response.Data!["session"] is not { } session)
            return Outcome.Refused("session is null without an error");
        var stored = await StoredParticipantsAsync(app, sessionId);
        return Outcome.Answered(SeedFlattening.Expand((string)session["sourceChannel"]!, session["messages"]!["nodes"]!.AsArray(), stored));
    }

    /// <summary>A REST entry with its time as an instant and its participant as the world names it.</summary>
    private static JsonObject Normalized(JsonNode entry)
    {
        var copy = entry.DeepClone() as JsonObject ?? new JsonObject { ["not_an_object"] = entry.DeepClone() };
        if (copy.ContainsKey("created_at"))
            copy["created_at"] = Wire.Instant(copy["created_at"]);
        if (copy.ContainsKey("participant_id"))
            copy["participant_id"] = Wire.Id(copy["participant_id"]);
        return copy;
    }

    private static async Task<IReadOnlyDictionary<string, string?>> StoredParticipantsAsync(ClawithAppFactory app, Guid sessionId)
    {
        await using var db = await app.NewDbContextAsync();
        var conversationId = sessionId.ToString();
        return await db.ChatMessages.AsNoTracking().Where(m => m.ConversationId == conversationId)
            .ToDictionaryAsync(m => m.Id.ToString(), m => m.ParticipantId == null ? null : m.ParticipantId.ToString());
    }
}
