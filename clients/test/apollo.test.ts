import assert from "node:assert/strict";
import { test } from "node:test";
import { ApolloClient, HttpLink, InMemoryCache } from "apollo-client-4";
import { RenameSessionDocument } from "../src/gql/graphql.ts";
import { defer } from "./support/defer.ts";
import { atlas, tripPlanning } from "./support/demo.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";
import { apollo3Sidebar, apollo4Sidebar } from "./support/apollo-sidebar.ts";

const versions = [
  { name: "Apollo Client 3", connect: apollo3Sidebar },
  { name: "Apollo Client 4", connect: apollo4Sidebar },
];
const unknownSession = "00000000-0000-4000-8000-00000000dead";

for (const { name, connect } of versions) {
  test(`${name}: a rename shows in the cached sidebar without a refetch`, async (t) => {
    const server = await startServer(t);
    const alice = connect(server.graphqlUrl, await server.token("alice"));
    defer(t, () => alice.stop());

    const before = await alice.sidebar({ agentId: atlas });
    assert.deepEqual(before.sessions?.edges.map((edge) => edge.node.title), [tripPlanning]);
    const trip = required(before.sessions?.edges[0], "Alice's session").node;

    const renamed = await alice.rename({ agentId: atlas, sessionId: trip.id, title: "Lisbon in May" });
    assert.deepEqual(renamed.renameSession, { __typename: "RenameSessionPayload", session: { __typename: "ChatSession", id: trip.id, title: "Lisbon in May" }, errors: null });

    // The payload's session is normalised by its id into the row the sidebar query cached.
    const cached = alice.cachedSidebar({ agentId: atlas })?.sessions?.edges[0]?.node;
    assert.deepEqual(cached, { ...trip, title: "Lisbon in May" });
  });

  test(`${name}: payload errors come back typed, matched to Error through possibleTypes`, async (t) => {
    const server = await startServer(t);
    const alice = connect(server.graphqlUrl, await server.token("alice"));
    const bob = connect(server.graphqlUrl, await server.token("bob"));
    defer(t, () => [alice, bob].forEach((client) => client.stop()));
    const trip = required((await alice.sidebar({ agentId: atlas })).sessions?.edges[0], "Alice's session").node;

    const blank = await alice.rename({ agentId: atlas, sessionId: trip.id, title: "   " });
    const missing = await alice.rename({ agentId: atlas, sessionId: unknownSession, title: "Lisbon" });
    const notHers = await bob.rename({ agentId: atlas, sessionId: trip.id, title: "Mine now" });

    assert.deepEqual(
      [blank, missing, notHers].map(({ renameSession }) => ({ session: renameSession.session, errors: renameSession.errors })),
      [
        { session: null, errors: [{ __typename: "ValidationError", message: "The title must not be empty.", field: "title" }] },
        { session: null, errors: [{ __typename: "NotFoundError", message: "Session not found" }] },
        { session: null, errors: [{ __typename: "NotAuthorizedError", message: "Not authorized" }] },
      ]);
  });
}

test("Apollo Client 4 without possibleTypes drops a payload error's message: the kit's possibleTypes are needed", async (t) => {
  const server = await startServer(t);
  const plain = new ApolloClient({
    link: new HttpLink({ uri: server.graphqlUrl, headers: { authorization: `Bearer ${await server.token("alice")}` } }),
    cache: new InMemoryCache(),
  });
  defer(t, () => plain.stop());

  const { data } = await plain.mutate({ mutation: RenameSessionDocument, variables: { agentId: atlas, sessionId: unknownSession, title: "Lisbon" } });

  assert.deepEqual(data?.renameSession.errors, [{ __typename: "NotFoundError" }]);
});
