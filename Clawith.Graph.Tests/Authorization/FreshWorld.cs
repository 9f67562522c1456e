using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Authorization;

/// <summary>
/// A fresh app and database for a test that changes data (or might, if a rule were broken). Disposing
/// it runs the factory's own clean-up, which also deletes its SQLite file.
/// </summary>
public sealed class FreshWorld : IAsyncDisposable
{
    private FreshWorld(ClawithAppFactory app) => App = app;

    public ClawithAppFactory App { get; }

    public static async Task<FreshWorld> StartAsync() => new(await ClawithAppFactory.CreateAsync());

    public async ValueTask DisposeAsync() => await ((IAsyncLifetime)App).DisposeAsync();
}
