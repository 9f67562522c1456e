using Clawith.Graph.DataLoading;

namespace Clawith.Graph.Tests.DataLoading;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_asked_for_before_the_first_await_are_fetched_in_one_call()
    {
        var loader = new SquareLoader();
        var results = new[] { loader.Load(2), loader.Load(3), loader.Load(2) };

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal([4, 9, 4], values);
        Assert.Equal([[2, 3]], loader.Batches);
    }

    [Fact]
    public async Task A_key_already_loaded_is_served_from_the_cache()
    {
        var loader = new SquareLoader();
        await loader.LoadAsync(5, CancellationToken.None);

        Assert.Equal(25, await loader.LoadAsync(5, CancellationToken.None));
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task A_primed_key_is_never_fetched()
    {
        var loader = new SquareLoader();
        loader.Prime(7, 700);

        Assert.Equal(700, await loader.LoadAsync(7, CancellationToken.None));
        Assert.Empty(loader.Batches);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_gets_the_missing_value()
    {
        var loader = new SquareLoader();

        Assert.Equal(-1, await loader.LoadAsync(SquareLoader.Absent, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_key_of_its_batch()
    {
        var loader = new SquareLoader();
        var first = loader.Load(SquareLoader.Poison);
        var second = loader.Load(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());
    }

    [Fact]
    public async Task Composed_results_keep_the_batch()
    {
        var loader = new SquareLoader();
        var sum = DataLoaderResults.Combine(loader.Load(1), loader.Load(2), (a, b) => a + b).Then(total => $"{total}");

        Assert.Equal("5", await sum.GetResultAsync());
        Assert.Single(loader.Batches);
    }

    private sealed class SquareLoader : BatchLoader<int, int>
    {
        public const int Absent = 404;
        public const int Poison = 500;

        public List<int[]> Batches { get; } = [];

        protected override Task<IReadOnlyDictionary<int, int>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            if (keys.Contains(Poison))
                throw new InvalidOperationException("the database is down");
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Where(k => k != Absent).ToDictionary(k => k, k => k * k));
        }

        protected override int Missing(int key) => -1;
    }
}
