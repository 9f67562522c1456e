using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Filtering;

/// <summary>An agent whose sessions are titled in many scripts and cases, with LIKE's wildcards and escape in some titles.</summary>
public static class UnicodeTitles
{
    public static readonly Guid Agent = Guid.Parse("a2000000-0000-4000-8000-000000000001");

    public static readonly string[] All =
    [
        "Über alles", "ÜBER UNS", "über", "Straße", "STRASSE", "ΑΘΗΝΑ trip", "αθήνα", "İstanbul", "istanbul",
        "Kelvin 5\u212A", "东京旅行", "東京 trip", "100% sure", "100 percent", "snake_case", "snakeXcase", @"back\slash",
        "emoji 🎉 party", "Ǆemal", "ǆemal",
    ];

    /// <summary>Adds the agent and one session per title, each with a user message, a minute apart.</summary>
    public static async Task AddAsync(ClawithDbContext db)
    {
        db.Agents.Add(new Agent { Id = Agent, Name = "Polyglot", CreatorId = TestWorld.PlatformAdmin });
        var rows = new DemoRowWriter(db);
        for (var i = 0; i < All.Length; i++)
        {
            var session = rows.Session(SessionId(i), Agent, TestWorld.Creator, All[i], ChatSession.WebChannel, TestWorld.T0.AddMinutes(i));
            rows.Message(session, Guid.NewGuid(), ChatRole.User, $"Über {All[i]}", TestWorld.T0.AddMinutes(i + 1));
        }
        await db.SaveChangesAsync();
    }

    public static Guid SessionId(int i) => Guid.Parse($"c2000000-0000-4000-8000-{i:D12}");

    /// <summary>The test world and these sessions, shared by a test class.</summary>
    public sealed class App() : WorldWithRows(AddAsync);
}
