// Apollo Client 3 has no exports map: a bundler picks core/index.js by its "module" field, Node needs the path.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client/core/index.js";
import introspection from "../gql/possible-types.ts";

/** Apollo Client 3 as a SPA sets it up: possibleTypes lets the cache match `... on Error` to each payload error. */
export function apollo3(graphqlUrl: string, token: string) {
  return new ApolloClient({
    link: new HttpLink({ uri: graphqlUrl, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
  });
}
