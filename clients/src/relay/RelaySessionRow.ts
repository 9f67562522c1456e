import { graphql } from "relay-runtime";

// Relay's compiler reads the graphql tags of this folder and writes their artifacts to __generated__/;
// code imports those (without babel-plugin-relay, a tag itself throws when it runs).

/** A sidebar row. @refetchable: Relay refetches it alone through node(id). */
export const sessionRow = graphql`
  fragment RelaySessionRow_session on ChatSession @refetchable(queryName: "RelaySessionRowRefetchQuery") {
    id
    title
    displayName
    messageCount
    lastMessageAt
  }
`;
