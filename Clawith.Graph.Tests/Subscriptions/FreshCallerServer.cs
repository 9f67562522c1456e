namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// A server of its own for one test that changes users or permissions, reading the caller's row at every
/// check (<c>CallerMaxAge</c> zero) so the test need not wait out the shared row's second to see a change.
/// </summary>
public sealed class FreshCallerServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:CallerMaxAge"] = "00:00:00",
    };
}

/// <summary>A test class whose every test gets a <see cref="FreshCallerServer"/> of its own (xunit makes one instance per test).</summary>
public abstract class FreshCallerTests : IAsyncLifetime
{
    protected FreshCallerServer Server { get; } = new();

    public Task InitializeAsync() => Server.InitializeAsync();

    public Task DisposeAsync() => Server.DisposeAsync();
}
