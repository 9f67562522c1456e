import type { TestContext } from "node:test";

const stacks = new WeakMap<TestContext, Array<() => unknown>>();

/**
 * Runs `cleanup` when the test ends, the last deferred first. node:test runs t.after hooks in the order
 * they were added, which would stop a server before its clients close their sockets. Every step runs even
 * when one fails; the first failure is reported.
 */
export function defer(t: TestContext, cleanup: () => unknown): void {
  let stack = stacks.get(t);
  if (!stack) {
    const created: Array<() => unknown> = [];
    t.after(async () => {
      const failures: unknown[] = [];
      for (const step of created.reverse()) await Promise.resolve().then(step).catch((failure) => failures.push(failure));
      if (failures.length > 0) throw failures[0];
    });
    stacks.set(t, (stack = created));
  }
  stack.push(cleanup);
}
