using Clawith.Graph.Schema;
using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

/// <summary>
/// sendMessage: the caller's words to the agent, in their own web session. Checked in Clawith's REST module's order
/// (agent, agent access, the session under the agent, its owner), then the session's kind (web, not
/// group: <see cref="ISessionRules.RefusalToPost"/>), then the content; refusals and invalid content come back
/// as payload errors.
/// </summary>
public sealed class MessageMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SendMessagePayloadGraphType>>("sendMessage")
            .Description("Posts a user message in the caller's own web session (not a group one; other sessions answer NotAuthorizedError) and makes it the session's latest activity.")
            .Argument<NonNullGraphType<SendMessageInputGraphType>>("input", "The session and the message.")
            .AuthorizeOwnSessionOf<SendMessageInput>()
            .ErrorsInPayload(SendMessagePayload.Failed)
            .ResolveAsync(async context =>
            {
                var input = SessionMutations.Input<SendMessageInput>(context);
                // The session the policies just judged, from the request's loader: no second query.
                var session = await context.Service<SessionLoader>().LoadAsync(input.SessionId, context.CancellationToken);
                if (session is not null && context.Service<ISessionRules>().RefusalToPost(session) is { } refused)
                    return SendMessagePayload.Failed(refused);
                var (content, invalid) = MessageContent.Validate(input.Content);
                if (invalid is not null)
                    return SendMessagePayload.Failed(invalid);
                var sent = await context.Service<MessageCommands>()
                    .SendAsUserAsync(input.SessionId, context.Caller(), content!, context.CancellationToken);
                return sent is null ? SendMessagePayload.Failed(new NotFoundError(SessionAccessHandler.NotFound)) : new SendMessagePayload(sent, null);
            });
    }
}
