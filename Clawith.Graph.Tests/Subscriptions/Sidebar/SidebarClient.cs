using System.Text.Json;

namespace Clawith.Graph.Tests.Subscriptions.Sidebar;

/// <summary>
/// One user's sidebar of an agent's sessions, kept as a SPA keeps it: one <c>sessions</c> query, then each
/// <c>sessionChanged</c> event applied to it (ADDED inserts, RENAMED and MESSAGE_ADDED update from the
/// event's session, DELETED removes). An event the listing should never send (about a session the sidebar
/// does not hold, a second ADDED, CREATED) is recorded as a violation.
/// </summary>
public sealed class SidebarClient(TransportClient socket, string name, string scope) : IAsyncDisposable
{
    private const string Listing = $$"""
        query($agentId: UUID!, $scope: SessionScope!) {
          sessions(agentId: $agentId, scope: $scope, first: 100) { nodes { {{SidebarRow.Fields}} } pageInfo { hasNextPage } }
        }
        """;

    private const string Changes = $$"""
        subscription($agentId: UUID!, $scope: SessionScope!) {
          sessionChanged(agentId: $agentId, scope: $scope) { kind sessionId session { {{SidebarRow.Fields}} } }
        }
        """;

    private readonly Dictionary<string, SidebarRow> _rows = [];
    /// <summary>Sessions announced while being deleted: by the time their event ran, the session was gone (null). A DELETED must follow.</summary>
    private readonly HashSet<string> _vanishing = [];
    private readonly List<string> _violations = [];
    private readonly Dictionary<string, int> _heard = [];
    private Guid _agentId;
    private string _subscription = "";
    private int _queries;

    public string Name => name;

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>How many events of each kind this sidebar applied, over all its starts.</summary>
    public IReadOnlyDictionary<string, int> Heard => _heard;

    /// <summary>The sidebar as the client shows it: its rows in the listing's order.</summary>
    public IReadOnlyList<SidebarRow> Rows => [.. _rows.Values.Order(SidebarRow.ListingOrder)];

    /// <summary>Starts over on <paramref name="agentId"/>: the listing as a fresh query gives it, then its changes from now on.</summary>
    public async Task StartAsync(Guid agentId, string subscription)
    {
        (_agentId, _subscription) = (agentId, subscription);
        _rows.Clear();
        _vanishing.Clear();
        _violations.Clear();
        foreach (var row in await QueryAsync())
            _rows.Add(row.Id, row);
        await socket.SubscribeAsync(subscription, Changes, new { agentId, scope });
    }

    /// <summary>The listing as a fresh query gives it now, in the server's order.</summary>
    public async Task<List<SidebarRow>> QueryAsync()
    {
        var payload = await socket.RunAsync($"{_subscription}-query-{++_queries}", Listing, new { agentId = _agentId, scope });
        Assert.False(payload.TryGetProperty("errors", out var errors), $"{name}'s sessions query failed: {errors}");
        var sessions = payload.GetProperty("data").GetProperty("sessions");
        Assert.False(sessions.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean(), "The test keeps each listing to one page.");
        return [.. sessions.GetProperty("nodes").EnumerateArray().Select(SidebarRow.From)];
    }

    /// <summary>Applies events as they come until <paramref name="isLast"/> says one was the last awaited.</summary>
    public async Task ApplyUntilAsync(Func<string, SidebarRow?, bool> isLast)
    {
        while (true)
        {
            var change = (await socket.ReceiveAsync("next", _subscription)).GetProperty("data").GetProperty("sessionChanged");
            var kind = change.GetProperty("kind").GetString()!;
            var id = change.GetProperty("sessionId").GetString()!;
            var session = change.GetProperty("session") is { ValueKind: JsonValueKind.Object } found ? SidebarRow.From(found) : null;
            _heard[kind] = _heard.GetValueOrDefault(kind) + 1;
            Apply(kind, id, session);
            if (isLast(kind, session))
                return;
        }
    }

    public Task StopAsync() => socket.CompleteAsync(_subscription);

    private void Apply(string kind, string id, SidebarRow? session)
    {
        var held = _rows.ContainsKey(id) || _vanishing.Contains(id);
        switch (kind)
        {
            case "ADDED" when held:
                _violations.Add($"ADDED {id}, which it already holds");
                break;
            case "RENAMED" or "MESSAGE_ADDED" or "READ" or "DELETED" when !held:
                _violations.Add($"{kind} {id}, which it does not hold");
                break;
            case "ADDED" or "RENAMED" or "MESSAGE_ADDED" or "READ" when session is null:
                _vanishing.Add(id);
                break;
            case "ADDED" or "RENAMED" or "MESSAGE_ADDED" or "READ":
                _rows[id] = session!;
                break;
            case "DELETED":
                _rows.Remove(id);
                _vanishing.Remove(id);
                break;
            default:
                _violations.Add($"{kind} {id}: a kind never sent");
                break;
        }
    }

    /// <summary>Sessions whose event found them gone and whose DELETED has not come (none, once the sidebar caught up).</summary>
    public IReadOnlyCollection<string> Vanishing => _vanishing;

    public ValueTask DisposeAsync() => socket.DisposeAsync();
}
