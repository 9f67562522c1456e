using Clawith.Graph.Live;
using Clawith.Graph.Tests.Infrastructure;

namespace Clawith.Graph.Tests.Live;

/// <summary>A chat event as the text of a PostgreSQL notification, listings included.</summary>
public sealed class ChatEventJsonTests
{
    [Fact]
    public void An_event_reads_back_equal_with_its_listings_before_and_after()
    {
        var chatEvent = new ChatEvent(ChatEventKind.MessageAdded, TestWorld.Atlas, TestWorld.CreatorOrphan, TestWorld.Creator, null, "web", false,
            new ListedIn(Mine: false, All: true), new ListedIn(Mine: true, All: true), Guid.NewGuid());

        var text = ChatEventJson.Write(chatEvent);

        Assert.Contains("\"before\":{\"mine\":false,\"all\":true}", text);
        Assert.Equal(chatEvent, ChatEventJson.Read(text, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_notification_without_the_listings_is_not_an_event()
    {
        // The shape servers published before events carried listings: a subscriber cannot tell from it what the change is to its listing.
        var older = $$"""
            {"kind":"SessionRenamed","agentId":"{{TestWorld.Atlas}}","sessionId":"{{TestWorld.CreatorWeb}}","ownerId":"{{TestWorld.Creator}}",
             "peerAgentId":null,"sourceChannel":"web","isGroup":false,"messageId":null}
            """;

        Assert.Null(ChatEventJson.Read(older, out var problem));
        Assert.Contains("before", problem);
    }
}
