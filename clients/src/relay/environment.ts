import { Environment, Network, RecordSource, Store, type FetchFunction, type GraphQLResponse } from "relay-runtime";

/**
 * A Relay environment as a SPA sets one up: one POST per operation with the compiler's text, the bearer
 * token, and the store Relay normalizes every answer into (records keyed by their id: every Node's is
 * its UUID, the same one REST and the arguments use).
 */
export function relayEnvironment(graphqlUrl: string, token: string): Environment {
  const fetchFunction: FetchFunction = async (operation, variables) => {
    const response = await fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation.text, operationName: operation.name, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return new Environment({ network: Network.create(fetchFunction), store: new Store(new RecordSource()) });
}
