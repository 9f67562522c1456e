using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Clawith.Graph.Tests.Resilience;

/// <summary>
/// The soak's clients on the test world: users of every role on the agents they may use (two clients
/// share a user now and then, as two browser tabs would), each starting with sessions that hold messages.
/// </summary>
public static class SoakWorld
{
    public const int SessionsPerClient = 10;
    public const int MessagesPerSession = 3;

    private static readonly (Guid User, Guid Agent)[] Seats =
    [
        (TestWorld.Creator, TestWorld.Atlas), (TestWorld.Permitted, TestWorld.Atlas),
        (TestWorld.CompanyMember, TestWorld.Harbor), (TestWorld.OrgAdmin, TestWorld.Harbor),
        (TestWorld.AgentAdmin, TestWorld.Beacon), (TestWorld.PlatformAdmin, TestWorld.Atlas),
        (TestWorld.Creator, TestWorld.Atlas), (TestWorld.Permitted, TestWorld.Atlas),
    ];

    /// <summary>
    /// <paramref name="count"/> clients of <paramref name="servers"/> (apps on <paramref name="world"/>'s
    /// database), their sessions and messages written as Clawith's backend writes them.
    /// </summary>
    public static async Task<List<SoakClient>> ClientsAsync(
        ClawithAppFactory world, IReadOnlyList<WebApplicationFactory<Program>> servers, SoakRecorder recorder, int count, int seed)
    {
        var clients = new List<SoakClient>();
        await using var db = await world.NewDbContextAsync();
        var rows = new DemoRowWriter(db);
        for (var number = 0; number < count; number++)
        {
            var (user, agent) = Seats[number % Seats.Length];
            var apis = servers.Select(server => new SessionApi(SignedIn(world, server, user), agent)).ToList();
            var client = new SoakClient(number, apis, recorder, seed + number);
            for (var i = 0; i < SessionsPerClient; i++)
            {
                var title = $"client {number} seeded {i}";
                var session = rows.Session(Guid.NewGuid(), agent, user, title, ChatSession.WebChannel, TestWorld.T0.AddDays(1).AddMinutes(i));
                for (var m = 0; m < MessagesPerSession; m++)
                    rows.Message(session, Guid.NewGuid(), m % 2 == 0 ? ChatRole.User : ChatRole.Assistant, $"message {m}", session.CreatedAt.AddSeconds(m));
                client.Owns(session.Id, title, MessagesPerSession);
            }
            clients.Add(client);
        }
        await db.SaveChangesAsync();
        return clients;
    }

    /// <summary>A client of <paramref name="server"/> bearing a real token for <paramref name="user"/>.</summary>
    public static GraphClient SignedIn(ClawithAppFactory world, WebApplicationFactory<Program> server, Guid user)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", world.TokenFor(user));
        return new GraphClient(http, world);
    }
}
