import assert from "node:assert/strict";
import { test } from "node:test";
import { GraphQLClient } from "graphql-request";
import {
  commitMutation, createOperationDescriptor, fetchQuery, getSelector,
  type ConcreteRequest, type Environment, type MutationParameters, type OperationDescriptor, type OperationType, type ReaderFragment,
} from "relay-runtime";
import { RenameSessionDocument } from "../src/gql/graphql.ts";
import AgentHeader, { type RelayAgentHeader_agent$data } from "../src/relay/__generated__/RelayAgentHeader_agent.graphql.ts";
import AgentHeaderRefetch, { type RelayAgentHeaderRefetchQuery } from "../src/relay/__generated__/RelayAgentHeaderRefetchQuery.graphql.ts";
import Conversation, { type RelayConversationQuery } from "../src/relay/__generated__/RelayConversationQuery.graphql.ts";
import CreateSession, { type RelayMutationsCreateSessionMutation } from "../src/relay/__generated__/RelayMutationsCreateSessionMutation.graphql.ts";
import DeleteSession, { type RelayMutationsDeleteSessionMutation } from "../src/relay/__generated__/RelayMutationsDeleteSessionMutation.graphql.ts";
import SendMessage, { type RelayMutationsSendMessageMutation } from "../src/relay/__generated__/RelayMutationsSendMessageMutation.graphql.ts";
import SessionRow, { type RelaySessionRow_session$data } from "../src/relay/__generated__/RelaySessionRow_session.graphql.ts";
import SessionRowRefetch from "../src/relay/__generated__/RelaySessionRowRefetchQuery.graphql.ts";
import Sidebar, { type RelaySidebarQuery } from "../src/relay/__generated__/RelaySidebarQuery.graphql.ts";
import { relayEnvironment } from "../src/relay/environment.ts";
import { atlas, tripPlanning } from "./support/demo.ts";
import { required } from "./support/required.ts";
import { startServer } from "./support/server.ts";

test("Relay: a session refetched through node(id) updates its sidebar row in the store", async (t) => {
  const server = await startServer(t);
  const token = await server.token("alice");
  const relay = relayEnvironment(server.graphqlUrl, token);
  const sidebar = await load<RelaySidebarQuery>(relay, Sidebar, { agentId: atlas });
  const [trip] = rows(relay, sidebar);
  assert.equal(required(trip, "Alice's session").title, tripPlanning);

  // Renamed in another tab: this store does not know yet.
  const elsewhere = new GraphQLClient(server.graphqlUrl, { headers: { authorization: `Bearer ${token}` } });
  await elsewhere.request(RenameSessionDocument, { agentId: atlas, sessionId: trip!.id, title: "Lisbon in May" });
  assert.equal(rows(relay, sidebar)[0]?.title, tripPlanning);

  await fetchQuery(relay, SessionRowRefetch, { id: trip!.id }).toPromise();

  assert.match(required(SessionRowRefetch.params.text, "the refetch query's text"), /node\(id: \$id\)/);
  assert.deepEqual(rows(relay, sidebar), [{ ...trip, title: "Lisbon in May" }]);
});

test("Relay: an agent refetched through node(id) reads as the sidebar's agent field read it", async (t) => {
  const server = await startServer(t);
  const relay = relayEnvironment(server.graphqlUrl, await server.token("alice"));
  const sidebar = await load<RelaySidebarQuery>(relay, Sidebar, { agentId: atlas });
  const header = () => fragmentData<RelayAgentHeader_agent$data>(relay, AgentHeader, read<RelaySidebarQuery>(relay, sidebar).agent);
  const before = header();

  const refetched = await fetchQuery<RelayAgentHeaderRefetchQuery>(relay, AgentHeaderRefetch, { id: atlas }).toPromise();

  assert.equal(before.name, "Atlas");
  assert.equal(before.creator?.displayName, "Olivia Org");
  assert.ok(required(refetched, "the refetch's data").node);
  assert.deepEqual(header(), before);
});

test("Relay: @prependNode puts the session a first message moved at the top of the sidebar, as a fresh query lists it", async (t) => {
  const server = await startServer(t);
  const token = await server.token("alice");
  const relay = relayEnvironment(server.graphqlUrl, token);
  const sidebar = await load<RelaySidebarQuery>(relay, Sidebar, { agentId: atlas });

  const created = await mutate<RelayMutationsCreateSessionMutation>(relay, CreateSession, { agentId: atlas, title: "Porto next" });
  const session = required(created.createSession.session, "the created session");
  // A session is in no listing until its first user message: nothing to prepend yet.
  assert.deepEqual(rows(relay, sidebar).map((row) => row.title), [tripPlanning]);

  const open = await load<RelayConversationQuery>(relay, Conversation, { agentId: atlas, sessionId: session.id });
  const conversation = required(read<RelayConversationQuery>(relay, open).session, "the open session").messages;
  assert.deepEqual(conversation.edges, []);
  const sent = await mutate<RelayMutationsSendMessageMutation>(relay, SendMessage, {
    agentId: atlas, sessionId: session.id, content: "Trains from Lisbon?",
    sidebars: [required(read<RelaySidebarQuery>(relay, sidebar).sessions, "the sessions").__id], conversations: [conversation.__id],
  });

  assert.equal(sent.sendMessage.errors, null);
  assert.deepEqual(rows(relay, sidebar).map((row) => [row.title, row.messageCount]), [["Porto next", 1], [tripPlanning, 4]]);
  assert.deepEqual(required(read<RelayConversationQuery>(relay, open).session, "the open session").messages.edges.map((edge) => edge?.node?.content),
    ["Trains from Lisbon?"]);
  const fresh = relayEnvironment(server.graphqlUrl, token);
  assert.deepEqual(rows(relay, sidebar), rows(fresh, await load<RelaySidebarQuery>(fresh, Sidebar, { agentId: atlas })));
});

test("Relay: @deleteRecord on deletedSessionId removes the session's record, and the sidebar no longer shows it", async (t) => {
  const server = await startServer(t);
  const relay = relayEnvironment(server.graphqlUrl, await server.token("alice"));
  const sidebar = await load<RelaySidebarQuery>(relay, Sidebar, { agentId: atlas });
  const trip = required(rows(relay, sidebar)[0], "Alice's session");
  assert.ok(relay.getStore().getSource().get(trip.id));

  const deleted = await mutate<RelayMutationsDeleteSessionMutation>(relay, DeleteSession, { agentId: atlas, sessionId: trip.id });

  assert.deepEqual(deleted.deleteSession, { deletedSessionId: trip.id, errors: null });
  assert.equal(relay.getStore().getSource().get(trip.id), null);
  assert.deepEqual(rows(relay, sidebar), []);
});

/** Fetches a query into the store and keeps it there (retained, as a mounted component would). */
async function load<Q extends OperationType>(relay: Environment, query: ConcreteRequest, variables: Q["variables"]): Promise<OperationDescriptor> {
  const operation = createOperationDescriptor(query, variables);
  relay.retain(operation);
  await fetchQuery<Q>(relay, query, variables).toPromise();
  return operation;
}

/** A query's data as the store holds it now. */
function read<Q extends OperationType>(relay: Environment, operation: OperationDescriptor): Q["response"] {
  return relay.lookup(operation.fragment).data as Q["response"];
}

/** The sidebar's rows as the store holds them now, read through their fragment; a deleted record is no row. */
function rows(relay: Environment, sidebar: OperationDescriptor): RelaySessionRow_session$data[] {
  const edges = read<RelaySidebarQuery>(relay, sidebar).sessions?.edges ?? [];
  return edges.flatMap((edge) => edge?.node ? [fragmentData<RelaySessionRow_session$data>(relay, SessionRow, edge.node)] : []);
}

/** What a fragment reads of the record a fragment reference points at, as the store holds it now. */
function fragmentData<T>(relay: Environment, fragment: ReaderFragment, reference: unknown): T {
  const selector = getSelector(fragment, reference);
  assert.ok(selector?.kind === "SingularReaderSelector", "a fragment reference to one record");
  return relay.lookup(selector).data as T;
}

function mutate<M extends MutationParameters>(relay: Environment, mutation: ConcreteRequest, variables: M["variables"]): Promise<M["response"]> {
  return new Promise((resolve, reject) => commitMutation<M>(relay, {
    mutation, variables,
    onCompleted: (response, errors) => (errors?.length ? reject(new Error(JSON.stringify(errors))) : resolve(response)),
    onError: reject,
  }));
}
