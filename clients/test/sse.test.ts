import assert from "node:assert/strict";
import { test } from "node:test";
import { print } from "graphql";
import { GraphQLClient } from "graphql-request";
import { createClient } from "graphql-sse";
import {
  MessageAddedDocument, SendMessageDocument, SidebarDocument,
  type MessageAddedSubscription, type MessageFieldsFragment, type SidebarQuery,
} from "../src/gql/graphql.ts";
import { defer } from "./support/defer.ts";
import { atlas, tripPlanning } from "./support/demo.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";
import { actUntilHeard } from "./support/until-heard.ts";

/** graphql-sse as a SPA behind a proxy without WebSockets sets it up: distinct connections, the token in a header. */
function sseClient(graphqlUrl: string, token: string) {
  return createClient({ url: graphqlUrl, headers: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
}

test("graphql-sse: a query answers its one result over Server-Sent Events", async (t) => {
  const server = await startServer(t);
  const client = sseClient(server.graphqlUrl, await server.token("alice"));
  defer(t, () => client.dispose());

  const results = [];
  for await (const result of client.iterate<SidebarQuery>({ query: print(SidebarDocument), variables: { agentId: atlas } }))
    results.push(result);

  assert.equal(results.length, 1);
  assert.deepEqual(results[0]?.data?.sessions?.edges.map((edge) => edge.node.title), [tripPlanning]);
});

test("graphql-sse: a message sent from another tab arrives through messageAdded over Server-Sent Events", async (t) => {
  const server = await startServer(t);
  const token = await server.token("alice");
  const otherTab = new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${token}` } });
  const trip = required((await otherTab.request(SidebarDocument, { agentId: atlas })).sessions?.edges[0], "Alice's session").node;
  const conversation = { agentId: atlas, sessionId: trip.id };
  const client = sseClient(server.graphqlUrl, token);
  defer(t, () => client.dispose());

  const heard = new Promise<MessageAddedSubscription>((resolve, reject) => {
    const unsubscribe = client.subscribe<MessageAddedSubscription>({ query: print(MessageAddedDocument), variables: conversation }, {
      next: (result) => (result.data ? resolve(result.data) : reject(new Error(JSON.stringify(result.errors)))),
      error: reject,
      complete: () => reject(new Error("The subscription completed before any event.")),
    });
    defer(t, unsubscribe);
  });
  const sent: MessageFieldsFragment[] = [];
  const { messageAdded } = await actUntilHeard(heard, async (attempt) => {
    const { sendMessage } = await otherTab.request(SendMessageDocument, { ...conversation, content: `Hello over SSE (${attempt})` });
    sent.push(required(sendMessage.message, "the sent message"));
  });

  assert.deepEqual(messageAdded, sent.find((message) => message.id === messageAdded.id), "the event is a message the other tab sent, field for field");
  assert.deepEqual([messageAdded.role, messageAdded.sender?.displayName], ["USER", "Alice Member"]);
});
