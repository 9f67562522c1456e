using Clawith.Graph.Server.Streaming;

namespace Clawith.Graph.Tests.Subscriptions;

/// <summary>A connection's side work has one owner that waits for all of it, including work started while it waits, and sees failures.</summary>
public sealed class ConnectionTasksTests
{
    [Fact]
    public async Task Waits_for_every_piece_including_one_started_while_waiting()
    {
        var tasks = new ConnectionTasks();
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        tasks.Start(() => first.Task);

        var ended = tasks.WhenAllEndedAsync();
        tasks.Start(() => second.Task);
        first.SetResult();
        await Task.Yield();
        Assert.False(ended.IsCompleted);

        second.SetResult();
        await ended;
    }

    [Fact]
    public async Task A_failing_piece_is_seen_when_the_connection_ends()
    {
        var tasks = new ConnectionTasks();
        tasks.Start(() => Task.FromException(new InvalidOperationException("deadline failed")));
        tasks.Start(() => Task.CompletedTask);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(tasks.WhenAllEndedAsync);
        Assert.Equal("deadline failed", failure.Message);
    }
}
