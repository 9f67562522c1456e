namespace Clawith.Graph.Tests.Resilience;

/// <summary>Waits for a condition rather than for a time: polls it until it holds, failing after a generous limit.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > giveUp)
                Assert.Fail($"Waited {seconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, string what, int seconds = 60) =>
        HoldsAsync(() => Task.FromResult(condition()), what, seconds);
}
