import { graphql } from "relay-runtime";

/** The agent above the sidebar. @refetchable: refetched alone through node(id). */
export const agentHeader = graphql`
  fragment RelayAgentHeader_agent on Agent @refetchable(queryName: "RelayAgentHeaderRefetchQuery") {
    id
    name
    avatarUrl
    creator { id displayName }
  }
`;
