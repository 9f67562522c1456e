import { graphql } from "relay-runtime";

/** The sidebar: the agent and its sessions as a @connection, which mutations update in the store. */
export const sidebar = graphql`
  query RelaySidebarQuery($agentId: UUID!, $first: Int = 50, $after: String) {
    agent(id: $agentId) { ...RelayAgentHeader_agent }
    sessions(agentId: $agentId, first: $first, after: $after) @connection(key: "RelaySidebar_sessions") {
      __id
      edges { node { id ...RelaySessionRow_session } }
    }
  }
`;
