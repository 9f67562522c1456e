using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Messages.Sending;
using Clawith.Graph.Tests.Sessions.Mutations;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// Issue 15's set-up for its 45-alias attack: a member creates a session of her own and posts 200
/// messages of 100,000 characters to it through sendMessage, as any member may.
/// </summary>
public sealed class AttackWorld : IAsyncLifetime
{
    public const int Messages = 200;

    public ClawithAppFactory App { get; private set; } = null!;

    public static Guid Member => TestWorld.Creator;

    public static Guid Agent => TestWorld.Atlas;

    public Guid Session { get; private set; }

    public async Task InitializeAsync()
    {
        App = await ClawithAppFactory.CreateAsync();
        var member = App.Client().As(Member);
        var created = (await member.CreateSessionAsync(new { agentId = Agent, title = "Long messages" })).ShouldSucceed();
        Session = Guid.Parse((string)created.Data!["createSession"]!["session"]!["id"]!);
        for (var i = 0; i < Messages; i++)
        {
            var sent = (await member.SendMessageAsync(Agent, Session, LargePageWorld.Text(i))).ShouldSucceed();
            Assert.Empty(sent.Data!["sendMessage"]!["errors"]?.AsArray() ?? []);
        }
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
