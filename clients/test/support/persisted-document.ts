import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { ExecutionResult } from "graphql";

/** The id client-preset stamped on a typed document (`sha256:<hash>`, its key in persisted-documents.json). */
export function documentIdOf(document: TypedDocumentNode<unknown, never> | object): string {
  const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!id) throw new Error("The document carries no __meta__.hash: is codegen's persistedDocuments on?");
  return id;
}

/**
 * Runs a typed document by its id alone, as the GraphQL-over-HTTP persisted-documents draft sends it
 * (`{ documentId, variables }`), the way GraphQL Code Generator's guide has a SPA do it with fetch.
 */
export async function runPersisted<Result, Variables>(
  graphqlUrl: string, token: string, document: TypedDocumentNode<Result, Variables>, variables: Variables,
): Promise<ExecutionResult<Result>> {
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  return (await response.json()) as ExecutionResult<Result>;
}
