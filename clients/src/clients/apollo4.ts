import { ApolloClient, HttpLink, InMemoryCache } from "apollo-client-4";
import introspection from "../gql/possible-types.ts";

/**
 * Apollo Client 4 as a SPA sets it up. It reads every result through the cache, mutations' too: without
 * possibleTypes, `... on Error { message }` matches no payload error and the message is dropped.
 */
export function apollo4(graphqlUrl: string, token: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: graphqlUrl, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
  });
}
