import {
  RenameSessionDocument, SidebarDocument,
  type RenameSessionMutation, type RenameSessionMutationVariables, type SidebarQuery, type SidebarQueryVariables,
} from "../../src/gql/graphql.ts";
import { apollo3 } from "../../src/clients/apollo3.ts";
import { apollo4 } from "../../src/clients/apollo4.ts";
import { required } from "./required.ts";

/**
 * The sidebar's calls, made through one Apollo Client version's own typed API, so one test body runs on
 * versions 3 and 4. The two adapters read alike, but their clients' types differ: each is checked on its own.
 */
export interface SidebarClient {
  sidebar(variables: SidebarQueryVariables): Promise<SidebarQuery>;
  /** The sidebar as the cache holds it now, without a request; null if it holds none. */
  cachedSidebar(variables: SidebarQueryVariables): SidebarQuery | null;
  rename(variables: RenameSessionMutationVariables): Promise<RenameSessionMutation>;
  stop(): void;
}

export function apollo3Sidebar(graphqlUrl: string, token: string): SidebarClient {
  const client = apollo3(graphqlUrl, token);
  return {
    sidebar: async (variables) => required((await client.query({ query: SidebarDocument, variables })).data, "sidebar data"),
    cachedSidebar: (variables) => client.readQuery({ query: SidebarDocument, variables }),
    rename: async (variables) =>
      required((await client.mutate({ mutation: RenameSessionDocument, variables })).data, "renameSession data"),
    stop: () => client.stop(),
  };
}

export function apollo4Sidebar(graphqlUrl: string, token: string): SidebarClient {
  const client = apollo4(graphqlUrl, token);
  return {
    sidebar: async (variables) => required((await client.query({ query: SidebarDocument, variables })).data, "sidebar data"),
    cachedSidebar: (variables) => client.readQuery({ query: SidebarDocument, variables }),
    rename: async (variables) =>
      required((await client.mutate({ mutation: RenameSessionDocument, variables })).data, "renameSession data"),
    stop: () => client.stop(),
  };
}
