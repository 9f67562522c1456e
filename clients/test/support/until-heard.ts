import { setTimeout as pause } from "node:timers/promises";

/**
 * graphql-transport-ws has no message saying a subscription now listens, and the server starts listening
 * a moment after `subscribe`: act (send, rename) until the subscriber hears one of the acts, at most
 * `attempts` times, as the server's own tests do. The pause only spaces the acts; nothing is timed.
 */
export async function actUntilHeard<T>(heard: Promise<T>, act: (attempt: number) => Promise<unknown>, attempts = 50): Promise<T> {
  let settled = false;
  heard.then(() => (settled = true), () => (settled = true));
  for (let attempt = 1; !settled; attempt++) {
    if (attempt > attempts) throw new Error(`The subscriber heard none of ${attempts} attempts.`);
    await act(attempt);
    await Promise.race([heard, pause(250)]);
  }
  return heard;
}
