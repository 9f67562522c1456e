using System.Text.Json.Nodes;
using Clawith.Graph.Data.Entities;
using Clawith.Graph.Messages;
using Clawith.Graph.Participants;
using Clawith.Graph.Schema.Paging;

namespace Clawith.Graph.Rest;

/// <summary>
/// Clawith's REST module at 225b36fd: no parameters (FastAPI passes over unknown ones), the latest 500 messages oldest first, from
/// the graph's page loader, as <see cref="MessageEntries"/>.
/// </summary>
public sealed class RestMessagePage225b36fd(MessagePageLoader pages, ParticipantLoader participants) : IRestMessagePage
{
    private static readonly RestMessagePageRequest Latest = new(PageRequest.MaxPageSize, null);

    public RestMessagePageRequest Read(IQueryCollection query) => Latest;

    public async Task<IEnumerable<JsonObject>> EntriesAsync(RestMessagePageRequest request, ChatSession session, CancellationToken cancellationToken)
    {
        var page = await pages.LoadAsync(new MessagePageKey(session, MessageWindow.Latest), cancellationToken);
        // Every sender is asked for before any is awaited: the page query primed them, and any it
        // could not find (a vanished participant) are looked up together in one batch.
        var withSenders = page.Nodes.Select(node => (Node: node,
            Sender: MessagePresentation.ShowsSenderName(node) ? participants.Load(node.Message.ParticipantId!.Value) : null)).ToList();
        var named = new List<(MessageInSession Node, string? SenderName)>(withSenders.Count);
        foreach (var (node, sender) in withSenders)
            named.Add((node, sender is null ? null : MessagePresentation.SenderName(await sender.GetResultAsync(cancellationToken))));
        // Made as they are written (RestJson.Streamed): up to 500 × 100,000 characters.
        return named.SelectMany(message => MessageEntries.Of(message.Node, message.SenderName));
    }
}
