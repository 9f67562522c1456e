import { Client, fetchExchange, subscriptionExchange } from "@urql/core";
import type { CacheExchangeOpts } from "@urql/exchange-graphcache";
import { createClient } from "graphql-ws";
import { graphcache } from "./urql-cache.ts";

export interface UrqlOptions {
  graphqlUrl: string;
  webSocketUrl: string;
  token: string;
  /** A browser has WebSocket; Node.js 20 takes the ws package's. */
  webSocketImpl?: unknown;
  /** Where graphcache reports a query it cannot cache as written (console.warn by default). */
  cacheLogger?: CacheExchangeOpts["logger"];
}

/**
 * urql as a SPA sets it up: queries and mutations over HTTP, subscriptions over graphql-ws (the token in
 * connection_init), all through graphcache. close() ends the socket.
 */
export function urql({ graphqlUrl, webSocketUrl, token, webSocketImpl, cacheLogger }: UrqlOptions) {
  const socket = createClient({ url: webSocketUrl, webSocketImpl, connectionParams: { Authorization: `Bearer ${token}` } });
  const client = new Client({
    url: graphqlUrl,
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    exchanges: [
      graphcache(cacheLogger),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
  return { client, close: () => socket.dispose() };
}
