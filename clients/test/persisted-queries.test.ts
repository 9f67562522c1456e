import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { ApolloClient as Apollo3, HttpLink as HttpLink3, InMemoryCache as Cache3 } from "@apollo/client/core/index.js";
import { createPersistedQueryLink as persistedQueryLink3 } from "@apollo/client/link/persisted-queries/index.js";
import { ApolloClient, HttpLink, InMemoryCache } from "apollo-client-4";
import { createPersistedQueryLink } from "apollo-client-4/link/persisted-queries";
import { SidebarDocument, type SidebarQuery } from "../src/gql/graphql.ts";
import introspection from "../src/gql/possible-types.ts";
import { defer } from "./support/defer.ts";
import { atlas, tripPlanning } from "./support/demo.ts";
import { recordingFetch, type SentRequest } from "./support/recording-fetch.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The sidebar asked for twice, each time from the server (not the cache), through one Apollo Client version. */
interface SidebarTwice {
  sidebar(): Promise<SidebarQuery>;
  stop(): void;
}

// Each version as a SPA sets it up: the persisted-queries link before the HTTP link, hashed queries over GET
// (so a CDN may cache them), possibleTypes for the payload errors.
const versions = [
  {
    name: "Apollo Client 3",
    connect: (uri: string, token: string, fetch: typeof globalThis.fetch): SidebarTwice => {
      const client = new Apollo3({
        link: persistedQueryLink3({ sha256, useGETForHashedQueries: true }).concat(new HttpLink3({ uri, headers: { authorization: `Bearer ${token}` }, fetch })),
        cache: new Cache3({ possibleTypes: introspection.possibleTypes }),
      });
      return {
        sidebar: async () => required((await client.query({ query: SidebarDocument, variables: { agentId: atlas }, fetchPolicy: "network-only" })).data, "sidebar data"),
        stop: () => client.stop(),
      };
    },
  },
  {
    name: "Apollo Client 4",
    connect: (uri: string, token: string, fetch: typeof globalThis.fetch): SidebarTwice => {
      const client = new ApolloClient({
        link: createPersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri, headers: { authorization: `Bearer ${token}` }, fetch })),
        cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
      });
      return {
        sidebar: async () => required((await client.query({ query: SidebarDocument, variables: { agentId: atlas }, fetchPolicy: "network-only" })).data, "sidebar data"),
        stop: () => client.stop(),
      };
    },
  },
];

for (const { name, connect } of versions) {
  test(`${name}: the persisted-queries link sends the hash, resends the text once on PersistedQueryNotFound, then the hash alone`, async (t) => {
    const server = await startServer(t);
    const { fetch, sent } = recordingFetch();
    const alice = connect(server.graphqlUrl, await server.token("alice"), fetch);
    defer(t, () => alice.stop());

    const first = await alice.sidebar();
    const second = await alice.sidebar();

    assert.deepEqual(first.sessions?.edges.map((edge) => edge.node.title), [tripPlanning]);
    assert.deepEqual(second, first);
    assert.deepEqual(sent, [
      { method: "GET", withText: false, withHash: true, errorCode: "PERSISTED_QUERY_NOT_FOUND" },
      { method: "POST", withText: true, withHash: true, errorCode: null },
      { method: "GET", withText: false, withHash: true, errorCode: null },
    ] satisfies SentRequest[]);
  });
}
