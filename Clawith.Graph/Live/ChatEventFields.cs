using Clawith.Graph.Auth;
using Clawith.Graph.Schema;
using GraphQL;
using GraphQL.Builders;

namespace Clawith.Graph.Live;

/// <summary>Subscription fields fed by the chat event bus.</summary>
public static class ChatEventFields
{
    /// <summary>
    /// The field's source stream: what <paramref name="pick"/> makes of the bus's events for this
    /// subscriber (null for an event not for it), once the field's policies let the caller in. A refusal
    /// fails the subscription (the client gets an <c>error</c> message and no stream), with the codes queries use.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> SubscribeToChatEvents<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, Func<ChatEvent, object?>> pick) =>
        field.ResolveStreamAsync(async context =>
        {
            await AuthorizingResolver.EnsureAuthorizedAsync(context);
            // TReturn is the field's object type: what pick made of an event is what each per-event execution starts from.
            return (IObservable<TReturn>)(object)new ChatEventStream(context.Service<IChatEvents>(), pick(context), context.Service<EventBacklog>());
        });
}
