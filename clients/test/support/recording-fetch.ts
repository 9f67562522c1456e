/** One request a client sent, as the server saw it, with the first error code of its answer. */
export interface SentRequest {
  method: string;
  /** Whether the query's text was sent (in the body, or the URL of a GET). */
  withText: boolean;
  /** Whether Apollo's persisted-query hash was sent. */
  withHash: boolean;
  /** The answer's first `extensions.code`, if it had errors. */
  errorCode: string | null;
}

/**
 * A fetch that sends what it is given and writes down each request: what an Apollo link leaves out (the text)
 * or adds (the hash) shows here, and the server's answer to it.
 */
export function recordingFetch(): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { query?: string; extensions?: { persistedQuery?: unknown } }) : {};
    const response = await fetch(input, init);
    const answer = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    sent.push({
      method: init?.method ?? "GET",
      withText: body.query !== undefined || url.searchParams.has("query"),
      withHash: body.extensions?.persistedQuery !== undefined || (url.searchParams.get("extensions") ?? "").includes("persistedQuery"),
      errorCode: answer.errors?.[0]?.extensions?.code ?? null,
    });
    return response;
  };
  return { fetch: recording, sent };
}
