import assert from "node:assert/strict";
import { test } from "node:test";
import { GraphQLClient } from "graphql-request";
import { MessagesBackwardDocument, MessagesForwardDocument, SidebarDocument } from "../src/gql/graphql.ts";
import { atlas } from "./support/demo.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";

test("graphql-request: the typed sidebar lists every session of Atlas for an admin, named and counted", async (t) => {
  const server = await startServer(t);
  const olivia = new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${await server.token("olivia")}` } });

  const { sessions } = await olivia.request(SidebarDocument, { agentId: atlas, scope: "ALL" });

  const rows = required(sessions, "the sessions").edges.map(({ node }) =>
    [node.title, node.displayName, node.participantType, node.messageCount, node.peerAgent?.name ?? null]);
  assert.deepEqual(rows, [
    ["Atlas asks Beacon", "Agent Atlas - Beacon", "AGENT", 2, "Beacon"],
    ["Daily reflection", "Alice Member", "USER", 1, null],
    ["Launch", "#launch-team", "GROUP", 2, null],
    ["Orphan reply", "Alice Member", "USER", 1, null],
    ["Weekly report", "Bob Member", "USER", 2, null],
    ["Trip planning", "Alice Member", "USER", 4, null],
  ]);
  assert.equal(sessions?.totalCount, 6);
});

test("graphql-request: a conversation pages the same messages back from its end and forward from its start", async (t) => {
  const server = await startServer(t);
  const alice = new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${await server.token("alice")}` } });
  const { sessions } = await alice.request(SidebarDocument, { agentId: atlas });
  const conversation = { agentId: atlas, sessionId: required(sessions?.edges[0], "Alice's session").node.id };

  const latest = required((await alice.request(MessagesBackwardDocument, { ...conversation, last: 2 })).session, "the session").messages;
  const earlier = required((await alice.request(MessagesBackwardDocument, { ...conversation, last: 2, before: latest.pageInfo.startCursor })).session, "the session").messages;
  const start = required((await alice.request(MessagesForwardDocument, { ...conversation, first: 3 })).session, "the session").messages;
  const rest = required((await alice.request(MessagesForwardDocument, { ...conversation, first: 3, after: start.pageInfo.endCursor })).session, "the session").messages;

  const backward = [...earlier.nodes, ...latest.nodes];
  const forward = [...start.nodes, ...rest.nodes];
  assert.deepEqual([latest.pageInfo.hasPreviousPage, earlier.pageInfo.hasPreviousPage, start.pageInfo.hasNextPage, rest.pageInfo.hasNextPage], [true, false, true, false]);
  assert.deepEqual(forward, backward);
  assert.deepEqual(forward.map((message) => [message.role, message.parts]), [
    ["USER", [{ __typename: "TextPart", text: "Plan a weekend in Lisbon." }]],
    ["ASSISTANT", [{ __typename: "TextPart", text: "Day one: Alfama and the castle. Day two: Belém." }]],
    ["TOOL_CALL", [{ __typename: "ToolCall", name: "web_search", arguments: { q: "Lisbon weather" }, status: "done", result: "Sunny, 24°C" }]],
    ["ASSISTANT", [{ __typename: "TextPart", text: "It will be sunny: pack light." }]],
  ]);
});
