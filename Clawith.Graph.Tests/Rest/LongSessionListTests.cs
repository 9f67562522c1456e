using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using static Clawith.Graph.Tests.Infrastructure.TestWorld;

namespace Clawith.Graph.Tests.Rest;

/// <summary>Clawith's REST module answers with every session at once, however many: more than one internal page of 500.</summary>
public sealed class LongSessionListTests
{
    private const int Count = 530;
    private static readonly Guid Agent = Guid.Parse("a2000000-0000-4000-8000-000000000001");

    [Fact]
    public async Task A_list_of_more_than_500_sessions_comes_back_whole_and_in_order()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var expected = await AddSessionsAsync(app);

        var sessions = (await app.Client().As(PlatformAdmin).ListAsync(Agent, "all")).Array();

        Assert.Equal(Count, sessions.Count);
        Assert.Equal(expected, sessions.Ids());
    }

    [Fact]
    public async Task A_mine_list_of_more_than_500_sessions_comes_back_whole_and_in_order()
    {
        await using var app = await ClawithAppFactory.CreateAsync();
        var expected = await AddSessionsAsync(app);

        var sessions = (await app.Client().As(Creator).ListAsync(Agent, "mine")).Array();

        Assert.Equal(expected, sessions.Ids());
    }

    /// <summary>
    /// Sessions of Creator with one user message each: last_message_at shared by pairs (ties broken by
    /// created_at), every 50th never stamped (listed last), so the 500-row page boundary falls among ties.
    /// Returns the ids in Clawith's REST module's order.
    /// </summary>
    private static async Task<List<Guid>> AddSessionsAsync(ClawithAppFactory app)
    {
        var added = new List<ChatSession>();
        await RestRows.AddAsync(app, (rows, db) =>
        {
            db.Agents.Add(new Agent { Id = Agent, Name = "Busy", CreatorId = Creator });
            for (var i = 0; i < Count; i++)
            {
                var session = rows.Session(Guid.NewGuid(), Agent, Creator, $"Busy {i}", "web", T0.AddSeconds(i * 7 % Count));
                rows.Message(session, Guid.NewGuid(), ChatRole.User, $"Hello {i}", T0.AddHours(1).AddMinutes(i / 2));
                if (i % 50 == 0)
                    session.LastMessageAt = null;
                added.Add(session);
            }
            return Task.CompletedTask;
        });
        return added.OrderBy(s => s.LastMessageAt is null).ThenByDescending(s => s.LastMessageAt).ThenByDescending(s => s.CreatedAt)
            .Select(s => s.Id).ToList();
    }
}
