import { graphql } from "relay-runtime";

/** An open conversation: its latest messages as a @connection paged backwards (last/before). */
export const conversation = graphql`
  query RelayConversationQuery($agentId: UUID!, $sessionId: UUID!, $last: Int = 50, $before: String) {
    session(agentId: $agentId, id: $sessionId) {
      id
      ...RelaySessionRow_session
      messages(last: $last, before: $before) @connection(key: "RelayConversation_messages") {
        __id
        edges { node { id role content createdAt } }
      }
    }
  }
`;
