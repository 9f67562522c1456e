using Clawith.Graph.Auth;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Sessions;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clawith.Graph.Tests.Generations.HeadListings;

namespace Clawith.Graph.Tests.Generations;

/// <summary>
/// What the live events say of a session (<see cref="IListingMembership"/>, from the facts a writer reads in its
/// transaction) is what the 251aeba8 listing SQL shows: MINE, its owner's listing of its agent (a direct, active
/// session with any message); ALL, its agent's listing and, for an a2a session, its peer's.
/// </summary>
public sealed class HeadListingMembershipTests
{
    [Fact251aeba8]
    public async Task Every_session_is_in_the_listings_its_events_say_it_is_in()
    {
        await using var app = await HeadWorld.CreateAsync();
        await AddSessionsAsync(app);
        await SoftDeleteAsync(app, TestWorld.CreatorTie);
        await SoftDeleteAsync(app, TestWorld.AtlasToBeacon);
        await using var scope = app.Services.CreateAsyncScope();
        var listing = scope.ServiceProvider.GetRequiredService<SessionListing>();
        var membership = scope.ServiceProvider.GetRequiredService<IListingMembership>();
        await using var db = await app.NewDbContextAsync();

        var checkedSessions = 0;
        foreach (var session in await db.ChatSessions.AsNoTracking().ToListAsync())
        {
            var said = membership.Of(await SessionChangeFacts.ReadAsync(db, session, CancellationToken.None), session);
            var owner = new CurrentUser(session.UserId, UserRole.Member, TestWorld.Tenant);
            var mine = await listing.ListEverythingAsync(session.AgentId, SessionScope.Mine, owner, CancellationToken.None);
            Guid[] agents = session.SessionType == SessionTypes.AgentToAgent && session.PeerAgentId is { } peer ? [session.AgentId, peer] : [session.AgentId];
            foreach (var agent in agents)
            {
                var all = await listing.ListEverythingAsync(agent, SessionScope.All, owner, CancellationToken.None);
                Assert.True(said.All == all.Any(s => s.Id == session.Id), $"{session.Title}: ALL of {agent} says {said.All}");
            }
            Assert.True(said.Mine == mine.Any(s => s.Id == session.Id), $"{session.Title}: MINE says {said.Mine}");
            checkedSessions++;
        }
        Assert.Equal(20, checkedSessions);
    }
}
