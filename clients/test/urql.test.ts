import assert from "node:assert/strict";
import { test, type TestContext } from "node:test";
import { GraphQLClient } from "graphql-request";
import WebSocket from "ws";
import {
  MessageAddedDocument, MessagesBackwardDocument, RenameSessionDocument, SendMessageDocument, SessionChangedDocument, SidebarDocument,
  type MessageFieldsFragment,
} from "../src/gql/graphql.ts";
import { urql } from "../src/clients/urql.ts";
import { defer } from "./support/defer.ts";
import { atlas } from "./support/demo.ts";
import { firstEvent } from "./support/first-event.ts";
import { required } from "./support/required.ts";
import { startServer, type Server } from "./support/server.ts";
import { actUntilHeard } from "./support/until-heard.ts";

/**
 * Alice's SPA: urql with graphcache, over HTTP and graphql-ws, showing her sidebar on Atlas. When the test
 * ends, graphcache must have had nothing to warn about (a missing key, a field it could not match).
 */
async function openAlicesSidebar(t: TestContext, server: Server) {
  const warnings: string[] = [];
  const { client, close } = urql({
    graphqlUrl: server.graphqlUrl, webSocketUrl: server.webSocketUrl, token: await server.token("alice"), webSocketImpl: WebSocket,
    cacheLogger: (severity, message) => warnings.push(`${severity}: ${message}`),
  });
  defer(t, () => assert.deepEqual(warnings, []));
  defer(t, close);
  const sidebar = await client.query(SidebarDocument, { agentId: atlas }).toPromise();
  const trip = required(sidebar.data?.sessions?.edges[0]?.node, "Alice's session on Atlas");
  return { client, trip };
}

/** Another tab or person, writing without a cache. */
async function elsewhere(server: Server, user: "alice" | "olivia") {
  return new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${await server.token(user)}` } });
}

test("urql: a message sent from another tab arrives through messageAdded over graphql-ws and joins the cached conversation", async (t) => {
  const server = await startServer(t);
  const { client, trip } = await openAlicesSidebar(t, server);
  const conversation = { agentId: atlas, sessionId: trip.id };
  const opened = await client.query(MessagesBackwardDocument, conversation).toPromise();
  const seeded = required(opened.data?.session, "the open conversation").messages.nodes.map((message) => message.content);
  const otherTab = await elsewhere(server, "alice");

  const cachedConversation = () => client.readQuery(MessagesBackwardDocument, conversation)?.data?.session?.messages.nodes;
  const heard = firstEvent(t, client, MessageAddedDocument, conversation, cachedConversation);
  const sent: MessageFieldsFragment[] = [];
  const { data, snapshot } = await actUntilHeard(heard, async (attempt) => {
    const { sendMessage } = await otherTab.request(SendMessageDocument, { ...conversation, content: `Hello from the other tab (${attempt})` });
    sent.push(required(sendMessage.message, "the sent message"));
  });

  const added = data.messageAdded;
  assert.deepEqual(added, sent.find((message) => message.id === added.id), "the event is a message the other tab sent, field for field");
  assert.deepEqual([added.role, added.sender?.displayName, added.parts], ["USER", "Alice Member", [{ __typename: "TextPart", text: added.content }]]);
  assert.deepEqual(snapshot?.map((message) => message.content), [...seeded, added.content]);
});

test("urql: a sessionChanged event carries an admin's rename into the cached sidebar row", async (t) => {
  const server = await startServer(t);
  const { client, trip } = await openAlicesSidebar(t, server);
  const admin = await elsewhere(server, "olivia");

  const cachedRow = () => client.readQuery(SidebarDocument, { agentId: atlas })?.data?.sessions?.edges[0]?.node;
  const heard = firstEvent(t, client, SessionChangedDocument, { agentId: atlas }, cachedRow);
  const { data, snapshot } = await actUntilHeard(heard, (attempt) =>
    admin.request(RenameSessionDocument, { agentId: atlas, sessionId: trip.id, title: `Lisbon, take ${attempt}` }));

  const changed = data.sessionChanged;
  assert.deepEqual([changed.kind, changed.sessionId], ["RENAMED", trip.id]);
  assert.match(changed.session?.title ?? "", /^Lisbon, take \d+$/);
  assert.deepEqual(snapshot, { ...trip, title: changed.session?.title });
});
