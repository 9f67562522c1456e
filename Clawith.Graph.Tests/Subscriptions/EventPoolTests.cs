using Clawith.Graph.Auth;
using Clawith.Graph.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>
/// Holds one user's access checks until the test lets them go: every event executed for that user stops
/// at its check, in its pool slot, so the test sees how many of them run at once.
/// </summary>
public sealed class HeldChecks
{
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Guid? _held;
    private int _waiting;

    public int Waiting => Volatile.Read(ref _waiting);

    public void Hold(Guid userId) => _held = userId;

    public void Release()
    {
        _held = null;
        _released.TrySetResult();
    }

    public async Task WaitIfHeldAsync(Guid? userId)
    {
        if (userId is null || userId != _held)
            return;
        Interlocked.Increment(ref _waiting);
        await _released.Task;
    }

    /// <summary>An authorization handler that decides nothing: it only waits while its caller is held.</summary>
    public sealed class Handler(HeldChecks checks) : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context) => checks.WaitIfHeldAsync(CurrentUser.From(context.User)?.Id);
    }
}

/// <summary>A server with two event slots in all, one per user.</summary>
public sealed class SmallPoolServer : LiveServer
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["GraphQL:WebSockets:MaxConcurrentEventExecutions"] = "2",
        ["GraphQL:WebSockets:MaxConcurrentEventExecutionsPerUser"] = "1",
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<HeldChecks>().AddScoped<IAuthorizationHandler, HeldChecks.Handler>();
}

public sealed class EventPoolTests(SmallPoolServer server) : IClassFixture<SmallPoolServer>
{
    private static string MessageAdded(Guid sessionId) => LiveOperations.MessageAdded(TestWorld.Atlas, sessionId, "content");

    [Fact]
    public async Task Another_user_s_event_is_delivered_while_one_user_s_fan_out_holds_its_whole_share()
    {
        var checks = server.Services.GetRequiredService<HeldChecks>();
        await using var fanOut = await server.ConnectAsAsync(TestWorld.Creator);
        await using var other = await server.ConnectAsAsync(TestWorld.Permitted);
        string[] ids = ["1", "2", "3", "4"];
        foreach (var id in ids)
            await fanOut.SubscribeAsync(id, MessageAdded(TestWorld.CreatorWeb));
        await other.SubscribeAsync("tools", MessageAdded(TestWorld.PermittedTools));
        await server.WaitForSubscribersAsync(5);

        checks.Hold(TestWorld.Creator);
        await server.AddMessageAsync(TestWorld.CreatorWeb, "Four events for one user.");
        await WaitUntilAsync(() => checks.Waiting > 0);
        await server.AddMessageAsync(TestWorld.PermittedTools, "One event for another.");

        // Delivered while Creator's first event still holds its slot and the other three wait for it.
        var heard = (await other.ReceiveAsync("next", "tools")).GetProperty("data").GetProperty("messageAdded");
        Assert.Equal("One event for another.", heard.GetProperty("content").GetString());
        Assert.Equal(1, checks.Waiting);
        checks.Release();
        var delivered = new List<string>();
        foreach (var _ in ids)
        {
            var next = await fanOut.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            delivered.Add(next.GetProperty("id").GetString()!);
        }
        Assert.Equal(ids, delivered.Order());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TransportClient.Patience);
        while (!condition())
            await Task.Delay(20, timeout.Token);
    }
}
