using Clawith.Graph.Data;
using Clawith.Graph.Data.Demo;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The largest page the contract allows: one session of the member's with 500 messages of 100,000
/// ASCII characters each (50 MB of text), served by a host that meters how its answers are written.
/// </summary>
public sealed class LargePageWorld : IAsyncLifetime
{
    public const int Messages = 500;

    public static readonly Guid Session = Guid.Parse("c1500000-0000-4000-8000-000000000001");

    public ClawithAppFactory App { get; private set; } = null!;

    public MeteredResponses Writes { get; } = new();

    public LimitedHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await ClawithAppFactory.CreateAsync();
        await using (var db = await App.NewDbContextAsync())
        {
            var rows = new DemoRowWriter(db);
            var session = rows.Session(Session, TestWorld.Atlas, TestWorld.Creator, "The longest page", ChatSession.WebChannel, TestWorld.T0);
            for (var i = 0; i < Messages; i++)
                rows.Message(session, Guid.NewGuid(), i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, Text(i), TestWorld.T0.AddSeconds(i));
            await db.SaveChangesAsync();
        }
        Host = LimitedHost.Start(App, environment: null, services => services.AddSingleton<IStartupFilter>(Writes));
    }

    /// <summary>Message <paramref name="index"/>'s content: exactly 100,000 ASCII characters, each message's its own.</summary>
    public static string Text(int index) => $"{index:D5} ".PadRight(100_000, (char)('a' + index % 26));

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await App.DisposeAsync();
    }
}
