using System.Globalization;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>A message as a reader was shown it: its id and createdAt.</summary>
public sealed record ShownMessage(Guid Id, DateTimeOffset CreatedAt);

/// <summary>
/// A client following one session as a chat client does: it asks for the messages after its last
/// endCursor, again and again, and never looks back. It keeps what it was shown, in order, and every
/// lastMessageAt the session had when it asked.
/// </summary>
public sealed class ForwardReader(GraphClient client, Guid agentId, Guid sessionId)
{
    private const string Follow = """
        query Follow($agentId: UUID!, $sessionId: UUID!, $after: String) {
          session(agentId: $agentId, id: $sessionId) {
            lastMessageAt
            messages(first: 500, after: $after) { nodes { id createdAt } pageInfo { endCursor hasNextPage } }
          }
        }
        """;

    private string? _cursor;

    public List<ShownMessage> Shown { get; } = [];

    public List<DateTimeOffset> LastMessageTimes { get; } = [];

    /// <summary>Reads pages after its cursor until one says there is nothing more for now.</summary>
    public async Task CatchUpAsync()
    {
        while (true)
        {
            var session = (await client.PostAsync(Follow, new { agentId, sessionId, after = _cursor })).ShouldSucceed().Data!["session"]!;
            if ((string?)session["lastMessageAt"] is { } last)
                LastMessageTimes.Add(Time(last));
            var messages = session["messages"]!;
            Shown.AddRange(messages["nodes"]!.AsArray().Select(node => new ShownMessage(Guid.Parse((string)node!["id"]!), Time((string)node["createdAt"]!))));
            _cursor = (string?)messages["pageInfo"]!["endCursor"] ?? _cursor;
            if (!(bool)messages["pageInfo"]!["hasNextPage"]!)
                return;
        }
    }

    /// <summary>Catches up again and again while <paramref name="writers"/> run, then once more after they are done.</summary>
    public async Task FollowAsync(Task writers)
    {
        while (!writers.IsCompleted)
            await CatchUpAsync();
        await CatchUpAsync();
    }

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
