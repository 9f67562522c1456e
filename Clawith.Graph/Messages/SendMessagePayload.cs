using Clawith.Graph.Schema.Errors;
using Clawith.Graph.Sessions;
using GraphQL.Types;

namespace Clawith.Graph.Messages;

public sealed record SendMessagePayload(MessageInSession? Message, IReadOnlyList<UserError>? Errors)
{
    public static SendMessagePayload Failed(UserError error) => new(null, [error]);
}

public sealed class SendMessagePayloadGraphType : ObjectGraphType<SendMessagePayload>
{
    public SendMessagePayloadGraphType()
    {
        Name = "SendMessagePayload";
        Description = "The outcome of sendMessage.";
        Field<ChatMessageGraphType>("message").Description("The stored message, when it worked.").Resolve(context => context.Source.Message);
        Field<ChatSessionGraphType>("session")
            .Description("The session as the message left it (lastMessageAt, messageCount), when it worked: a cache moves it without a refetch.")
            .Resolve(context => context.Source.Message?.Session);
        Field<ListGraphType<NonNullGraphType<SendMessageErrorGraphType>>>("errors").Description("Why it did not work; null when it did.")
            .Resolve(context => context.Source.Errors);
    }
}

public sealed class SendMessageErrorGraphType() : ErrorUnionGraphType("SendMessageError",
    typeof(NotFoundErrorGraphType), typeof(NotAuthorizedErrorGraphType), typeof(ValidationErrorGraphType));
