using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Limits;

/// <summary>
/// The response budget's default serves the largest page the contract allows, whole: the SPA's open
/// session over 500 messages of 100,000 characters (content and text part: 100 MB of answer), streamed
/// to the client a piece at a time rather than gathered first.
/// </summary>
public sealed class LargePageTests(LargePageWorld world) : IClassFixture<LargePageWorld>
{
    /// <summary>The most an answer may hold back between two flushes: a message is 100 KB, the page 100 MB.</summary>
    public const long StreamedPiece = 1 << 20;

    [Fact]
    public async Task The_spa_s_open_session_on_500_messages_of_100000_characters_is_served_whole_and_streamed()
    {
        var response = await world.Host.As(TestWorld.Creator).PostAsync(SpaOperations.OpenSession, new { agentId = TestWorld.Atlas, id = LargePageWorld.Session });

        var nodes = response.ShouldSucceed().Data!["session"]!["messages"]!["nodes"]!.AsArray();
        Assert.Equal(LargePageWorld.Messages, nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            Assert.Equal(LargePageWorld.Text(i), (string?)nodes[i]!["content"]);
            Assert.Equal(LargePageWorld.Text(i), (string?)nodes[i]!["parts"]![0]!["text"]);
        }
        Assert.True(response.Bytes.Length > 100_000_000, $"{response.Bytes.Length} bytes");
        Assert.InRange(world.Writes.LargestUnflushed, 1, StreamedPiece);
    }
}
