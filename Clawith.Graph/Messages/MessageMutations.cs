using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

/// <summary>
/// sendMessage: the caller's words to the agent, in their own session. Checked in the seed's order
/// (agent, agent access, the session under the agent, its owner); refusals and invalid content come
/// back as payload errors.
/// </summary>
public sealed class MessageMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SendMessagePayloadGraphType>>("sendMessage")
            .Description("Posts a user message in the caller's own session and makes it the session's latest activity.")
            .Argument<NonNullGraphType<SendMessageInputGraphType>>("input", "The session and the message.")
            .AuthorizeOwnSessionOf<SendMessageInput>()
            .ErrorsInPayload(SendMessagePayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = SessionMutations.Input<SendMessageInput>(context);
                var (content, invalid) = MessageContent.Validate(input.Content);
                if (invalid is not null)
                    return SendMessagePayload.Failed(invalid);
                var sent = await context.Service<MessageCommands>()
                    .SendAsUserAsync(input.SessionId, context.Caller().Id, content!, context.CancellationToken);
                return sent is null ? SendMessagePayload.Failed(new NotFoundError(SessionAccessHandler.NotFound)) : new SendMessagePayload(sent, null);
            });
    }
}
