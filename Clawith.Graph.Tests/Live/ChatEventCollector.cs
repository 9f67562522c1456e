using System.Collections.Concurrent;
using Clawith.Graph.Live;
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
        new(app.Services.GetRequiredService<IChatEvents>());

    public IReadOnlyList<ChatEvent> Heard => [.. _heard];

    /// <summary>The first event that matches, waiting for it up to <paramref name="seconds"/> (PostgreSQL delivers through the database).</summary>
    public async Task<ChatEvent> WaitForAsync(Func<ChatEvent, bool> match, double seconds = 5)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (_heard.FirstOrDefault(match) is { } found)
                return found;
            if (DateTime.UtcNow > giveUp)
                Assert.Fail($"No matching event within {seconds} s; heard: {string.Join(", ", _heard)}");
            await Task.Delay(10);
        }
    }

    public void Dispose() => _subscription.Dispose();
}
