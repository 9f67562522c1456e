import { graphql } from "relay-runtime";

/** A new session: in no listing until its first user message (README: the sidebar), so nothing is prepended here. */
export const createSession = graphql`
  mutation RelayMutationsCreateSessionMutation($agentId: UUID!, $title: String) {
    createSession(input: { agentId: $agentId, title: $title }) {
      session { id ...RelaySessionRow_session }
      errors { __typename ... on Error { message } }
    }
  }
`;

/**
 * A message, appended to the open conversation; the session it moved, prepended to the sidebar (Relay
 * skips a node the connection already holds), as the listing puts it first once it holds a user message.
 */
export const sendMessage = graphql`
  mutation RelayMutationsSendMessageMutation(
    $agentId: UUID!, $sessionId: UUID!, $content: String!, $sidebars: [ID!]!, $conversations: [ID!]!
  ) {
    sendMessage(input: { agentId: $agentId, sessionId: $sessionId, content: $content }) {
      message @appendNode(connections: $conversations, edgeTypeName: "ChatMessageEdge") { id role content createdAt }
      session @prependNode(connections: $sidebars, edgeTypeName: "ChatSessionEdge") { id ...RelaySessionRow_session }
      errors { __typename ... on Error { message } }
    }
  }
`;

/** A deleted session: its record leaves the store (@deleteRecord on the deleted id, an ID). */
export const deleteSession = graphql`
  mutation RelayMutationsDeleteSessionMutation($agentId: UUID!, $sessionId: UUID!) {
    deleteSession(input: { agentId: $agentId, sessionId: $sessionId }) {
      deletedSessionId @deleteRecord
      errors { __typename ... on Error { message } }
    }
  }
`;
