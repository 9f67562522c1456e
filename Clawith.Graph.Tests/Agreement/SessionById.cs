using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Agreement;

/// <summary>One session read through GraphQL's session(agentId, id), as the SessionOut row REST would give for it.</summary>
public static class SessionById
{
    private const string SessionQuery = $$"""
        query Session($agentId: UUID!, $id: UUID!) { session(agentId: $agentId, id: $id) { {{SessionRows.GraphFields}} } }
        """;

    /// <param name="named">Whether the row carries the display name (as an ALL listing) or leaves it null (MINE, create).</param>
    public static async Task<Outcome> GraphAsync(GraphClient client, Guid agentId, Guid id, bool named = false)
    {
        var response = await client.PostAsync(SessionQuery, new { agentId, id });
        if (Outcome.GraphRefusal(response, "session") is { } refusal)
            return Outcome.Refused(refusal);
        return response.Data!["session"] is { } session
            ? Outcome.Answered([SessionRows.FromGraph(session, named)])
            : Outcome.Refused("session is null without an error");
    }

    /// <summary>The listing's row for one session, or nothing when it is not listed.</summary>
    public static Outcome Only(this Outcome listing, Guid id) =>
        listing.Refusal is not null ? listing : Outcome.Answered(listing.Items.Where(row => (string?)row["id"] == WorldIds.Label(id.ToString())));
}
