using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Search;

/// <summary>
/// An agent, Scribe, whose sessions (all the Creator's, one of them a group) hold messages in many scripts
/// and cases, a minute apart in the order of <see cref="Messages"/>, so "newest first" is the reverse of it.
/// </summary>
public static class SearchTexts
{
    public static readonly Guid Agent = Guid.Parse("a3000000-0000-4000-8000-000000000001");
    public static readonly Guid Web = Guid.Parse("c3000000-0000-4000-8000-000000000001");
    public static readonly Guid Group = Guid.Parse("c3000000-0000-4000-8000-000000000002");

    public static readonly string[] Messages =
    [
        "Über alles: the plan for Lisbon.",
        "Wir sprechen über das Wetter in München.",
        "ÜBER UNS steht auf der Seite.",
        "我们明天去北京旅行，然后回上海。",
        "北京旅行的预算是多少？",
        "你好，请问今天的会议几点开始？",
        "ΑΘΗΝΑ trip in May, then αθήνα again.",
        "100% sure about snake_case and back\\slash.",
        "Say \"quoted\" OR NOT * and (brackets).",
        "Line one\nline two with Lisbon\tand a tab.",
        "A long message. " + string.Concat(Enumerable.Repeat("Filler words around. ", 20)) + "Here is the needle near the end. " + string.Concat(Enumerable.Repeat("More filler after. ", 10)),
        "emoji 🎉 party at Lisbon 🎉",
    ];

    public static Guid MessageId(int i) => Guid.Parse($"e3000000-0000-4000-8000-{i:D12}");

    public static DateTime TimeOf(int i) => TestWorld.T0.AddDays(30).AddMinutes(i);

    public static async Task AddAsync(ClawithDbContext db)
    {
        db.Agents.Add(new Agent { Id = Agent, Name = "Scribe", CreatorId = TestWorld.Creator });
        db.AgentPermissions.Add(new AgentPermission { Id = Guid.NewGuid(), AgentId = Agent, ScopeType = PermissionScope.Company });
        var rows = new DemoRowWriter(db);
        var web = rows.Session(Web, Agent, TestWorld.Creator, "Notes", ChatSession.WebChannel, TestWorld.T0.AddDays(30));
        var group = rows.Session(Group, Agent, TestWorld.Creator, "Team", "slack", TestWorld.T0.AddDays(30), isGroup: true, groupName: "#team");
        for (var i = 0; i < Messages.Length; i++)
            rows.Message(i % 3 == 2 ? group : web, MessageId(i), i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, Messages[i], TimeOf(i));
        await db.SaveChangesAsync();
    }

    /// <summary>The test world and Scribe, shared by a test class.</summary>
    public sealed class App() : WorldWithRows(AddAsync);
}
