using Clawith.Graph.Tests.Infrastructure;
using Clawith.Graph.Tests.Limits;

namespace Clawith.Graph.Tests.Rest;

/// <summary>
/// The messages route's latest 500 at their largest (100,000 characters each, 50 MB) are served whole,
/// never refused, and streamed: written a piece at a time as the entries are made.
/// </summary>
public sealed class LongHistoryStreamingTests(LargePageWorld world) : IClassFixture<LargePageWorld>
{
    [Fact]
    public async Task The_latest_500_messages_of_100000_characters_are_served_whole_and_streamed()
    {
        var entries = (await world.Host.As(TestWorld.Creator).MessagesAsync(TestWorld.Atlas, LargePageWorld.Session, RestCalls.Latest500)).Array();

        Assert.Equal(Enumerable.Range(0, LargePageWorld.Messages).Select(LargePageWorld.Text), entries.Select(e => (string?)e!["content"]));
        Assert.InRange(world.Writes.LargestUnflushed, 1, LargePageTests.StreamedPiece);
    }
}
