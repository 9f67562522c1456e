using System.Collections.Concurrent;
using Clawith.Graph.Live;
using Clawith.Graph.Tests.Resilience;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clawith.Graph.Tests.Live;

/// <summary>A subscriber of an app's chat event bus that keeps every event it hears, in order.</summary>
public sealed class ChatEventCollector : IDisposable
{
    private readonly ConcurrentQueue<ChatEvent> _heard = new();
    private readonly IDisposable _subscription;

    private ChatEventCollector(IChatEvents events) => _subscription = events.Subscribe(_heard.Enqueue);

    public static ChatEventCollector On<TEntryPoint>(WebApplicationFactory<TEntryPoint> app) where TEntryPoint : class =>
        On(app.Services.GetRequiredService<IChatEvents>());

    public static ChatEventCollector On(IChatEvents events) => new(events);

    public IReadOnlyList<ChatEvent> Heard => [.. _heard];

    /// <summary>The first event that matches, waiting for it up to <paramref name="seconds"/> (PostgreSQL delivers through the database).</summary>
    public async Task<ChatEvent> WaitForAsync(Func<ChatEvent, bool> match, int seconds = 5)
    {
        await Eventually.HoldsAsync(() => _heard.Any(match), "a matching chat event", seconds);
        return _heard.First(match);
    }

    public void Dispose() => _subscription.Dispose();
}
