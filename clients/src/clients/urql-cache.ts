import { cacheExchange, type CacheExchangeOpts } from "@urql/exchange-graphcache";
import { MessagesBackwardDocument, type MessageAddedSubscription } from "../gql/graphql.ts";
import schema from "../gql/schema-introspection.ts";

/** The types that have no id: graphcache keeps each inside the object that holds it. */
const embedded = [
  "PageInfo", "ChatSessionConnection", "ChatSessionEdge", "ChatMessageConnection", "ChatMessageEdge",
  "TextPart", "ToolCall", "SessionChangedEvent",
  "CreateSessionPayload", "RenameSessionPayload", "DeleteSessionPayload", "SendMessagePayload",
  "NotFoundError", "NotAuthorizedError", "ValidationError",
];

/**
 * graphcache as the SPA sets it up: ChatSession, ChatMessage, Agent, User and Participant normalised by id
 * (so a rename or a sessionChanged event updates every row that shows the session), the schema (with
 * possibleTypes alone it writes every fragment of a union member and warns of the other's missing fields),
 * and each messageAdded appended to the open conversation (MessagesBackward's first page).
 */
export function graphcache(logger?: CacheExchangeOpts["logger"]) {
  return cacheExchange({
    logger,
    keys: Object.fromEntries(embedded.map((type) => [type, () => null])),
    schema,
    updates: {
      Subscription: {
        messageAdded(result, args, cache) {
          const added = (result as MessageAddedSubscription).messageAdded;
          const conversation = { agentId: args.agentId as string, sessionId: args.sessionId as string };
          cache.updateQuery({ query: MessagesBackwardDocument, variables: conversation }, (data) => {
            const messages = data?.session?.messages.nodes;
            if (messages && !messages.some((message) => message.id === added.id)) messages.push(added);
            return data;
          });
        },
      },
    },
  });
}
