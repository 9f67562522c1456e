import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { ClientError, GraphQLClient } from "graphql-request";
import { RenameSessionDocument, SidebarDocument } from "../src/gql/graphql.ts";
import { atlas, tripPlanning } from "./support/demo.ts";
import { runPersisted } from "./support/persisted-document.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";

/** The manifest this kit's codegen wrote: what a deployment built from the kit hands the server. */
const manifest = fileURLToPath(new URL("../src/gql/persisted-documents.json", import.meta.url));

/** A server that runs the kit's operations and nothing else. */
const onlyTheKitsOperations = {
  GraphQL__PersistedDocuments__Manifest: manifest,
  GraphQL__PersistedDocuments__OnlyPersisted: "true",
};

test("trusted documents: with only persisted operations on, the kit's typed documents run by their documentId", async (t) => {
  const server = await startServer(t, onlyTheKitsOperations);
  const token = await server.token("alice");

  const sidebar = await runPersisted(server.graphqlUrl, token, SidebarDocument, { agentId: atlas });
  const trip = required(sidebar.data?.sessions?.edges[0], "Alice's session").node;
  const renamed = await runPersisted(server.graphqlUrl, token, RenameSessionDocument, { agentId: atlas, sessionId: trip.id, title: "Lisbon in May" });

  assert.equal(sidebar.errors, undefined);
  assert.equal(trip.title, tripPlanning);
  // The manifest holds the documents as written: no __typename that a client did not select.
  assert.deepEqual(renamed.data?.renameSession, { session: { id: trip.id, title: "Lisbon in May" }, errors: null });
});

test("trusted documents: with only persisted operations on, a document that is not in the manifest is refused", async (t) => {
  const server = await startServer(t, onlyTheKitsOperations);
  const alice = new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${await server.token("alice")}` } });

  const refused = await alice.request("{ me { username } }").then(() => null, (error: unknown) => error);

  assert.ok(refused instanceof ClientError, `expected a refusal, got ${String(refused)}`);
  assert.deepEqual(refused.response.errors?.map((error) => error.extensions?.["code"]), ["PERSISTED_DOCUMENT_REQUIRED"]);
  assert.equal(refused.response.data, undefined);
});
