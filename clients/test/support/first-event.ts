import type { TestContext } from "node:test";
import type { AnyVariables, Client, OperationResult, TypedDocumentNode } from "@urql/core";
import { defer } from "./defer.ts";

/**
 * Subscribes for the test's duration and resolves with the first event's data, together with what
 * `snapshot` reads at that instant (the cache just after graphcache applied the event).
 */
export function firstEvent<Data, Variables extends AnyVariables, Snapshot>(
  t: TestContext, client: Client, document: TypedDocumentNode<Data, Variables>, variables: Variables, snapshot: () => Snapshot,
): Promise<{ data: Data; snapshot: Snapshot }> {
  return new Promise((resolve, reject) => {
    const subscription = client.subscription(document, variables).subscribe((result: OperationResult<Data, Variables>) => {
      if (result.error) reject(result.error);
      else if (result.data) resolve({ data: result.data, snapshot: snapshot() });
    });
    defer(t, () => subscription.unsubscribe());
  });
}
