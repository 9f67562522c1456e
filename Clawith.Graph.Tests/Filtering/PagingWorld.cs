using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>
/// A seeded agent for paging: sessions whose titles, channels, owners, times and counts are drawn from
/// small sets, so that every order meets ties, missing values, case and script variants, and text
/// beyond the Basic Multilingual Plane; and one long session of messages sharing times.
/// </summary>
public sealed record PagingWorld(IReadOnlyList<PagingWorld.Listed> Sessions, IReadOnlyList<ChatMessage> Messages)
{
    public static readonly Guid Agent = Guid.Parse("a3000000-0000-4000-8000-000000000001");
    public static readonly Guid History = Guid.Parse("c3000000-0000-4000-8000-999999999999");

    private static readonly string[] Titles = ["alpha", "Alpha", "ALPHA", "beta", "Ünïcode", "ünïcode", "", "zeta", "🎉 party", "ｚ wide", "a_b", "Ω"];
    private static readonly string[] Channels = ["web", "feishu", "slack"];
    private static readonly (Guid Id, string Name)[] Owners =
        [(TestWorld.Creator, "Carla Creator"), (TestWorld.Permitted, "Pete Permitted"), (TestWorld.Nameless, ""), (TestWorld.OrgAdmin, "Org Admin")];

    /// <summary>A session as the oracle sees it: what each order sorts on.</summary>
    public sealed record Listed(Guid Id, string Title, string Channel, DateTime CreatedAt, DateTime? LastMessageAt, int MessageCount, string OwnerName);

    public static async Task<PagingWorld> AddAsync(ClawithDbContext db, Random random, int sessions, int messages)
    {
        db.Agents.Add(new Agent { Id = Agent, Name = "Pager", CreatorId = TestWorld.PlatformAdmin });
        var rows = new DemoRowWriter(db);
        var listed = new List<Listed>();
        for (var i = 0; i < sessions; i++)
        {
            var owner = Owners[random.Next(Owners.Length)];
            var session = rows.Session(Guid.NewGuid(), Agent, owner.Id, Titles[random.Next(Titles.Length)], Channels[random.Next(Channels.Length)],
                TestWorld.T0.AddHours(random.Next(6)));
            var count = 1 + random.Next(4);
            for (var m = 0; m < count; m++)
                rows.Message(session, Guid.NewGuid(), ChatRole.User, $"m{m}", TestWorld.T0.AddDays(1).AddHours(random.Next(8)));
            if (random.Next(6) == 0)
                session.LastMessageAt = null;
            listed.Add(new Listed(session.Id, session.Title, session.SourceChannel, session.CreatedAt, session.LastMessageAt, count, owner.Name));
        }
        var history = rows.Session(History, Agent, TestWorld.Creator, "History", ChatSession.WebChannel, TestWorld.T0);
        var written = new List<ChatMessage>();
        for (var m = 0; m < messages; m++)
            written.Add(rows.Message(history, Guid.NewGuid(), random.Next(3) == 0 ? ChatRole.Assistant : ChatRole.User, $"message {m}",
                TestWorld.T0.AddMinutes(random.Next(messages / 3))));
        listed.Add(new Listed(History, "History", ChatSession.WebChannel, TestWorld.T0, history.LastMessageAt, messages, "Carla Creator"));
        await db.SaveChangesAsync();
        return new PagingWorld(listed, written);
    }
}
