using Clawith.Graph.Data;

namespace Clawith.Graph.Tests.Infrastructure;

/// <summary>The test world and the rows a test class adds to it, shared by the class (its IClassFixture).</summary>
public abstract class WorldWithRows(Func<ClawithDbContext, Task> addRows) : IAsyncLifetime
{
    public ClawithAppFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        await using var db = await Factory.NewDbContextAsync();
        await addRows(db);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
