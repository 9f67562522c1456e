import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestContext } from "node:test";
import { defer } from "./defer.ts";
import { exited, recordOutput, runApp, serverEnvironment } from "./server-process.ts";
import { tokenFor, type DemoUser } from "./tokens.ts";

export interface Server {
  /** The GraphQL endpoint over HTTP, http://127.0.0.1:<port>/graphql. */
  readonly graphqlUrl: string;
  /** The same endpoint for WebSocket clients. */
  readonly webSocketUrl: string;
  /** A bearer token of a demo user, valid on this server. */
  token(user: DemoUser): Promise<string>;
}

/**
 * Starts the app on a free loopback port with a fresh SQLite file of demo data, for one test: it stops
 * when the test ends (clients must have closed their sockets by then) and its folder is removed.
 * `settings` are more of the app's settings, as environment variables (`GraphQL__PersistedDocuments__OnlyPersisted`).
 */
export async function startServer(t: TestContext, settings: Record<string, string> = {}): Promise<Server> {
  const folder = await mkdtemp(join(tmpdir(), "clawith-kit-"));
  const env = { ...serverEnvironment(join(folder, "clawith.db")), ...settings, ASPNETCORE_URLS: "http://127.0.0.1:0" };
  const app = runApp([], env);
  const output = recordOutput(app);
  defer(t, async () => {
    app.kill("SIGTERM");
    await exited(app);
    await rm(folder, { recursive: true, force: true });
  });
  const origin = await listeningOrigin(app, output);
  return {
    graphqlUrl: `${origin}/graphql`,
    webSocketUrl: `${origin.replace(/^http/, "ws")}/graphql`,
    token: (user) => tokenFor(user, env),
  };
}

/** Port 0 lets Kestrel pick a free port; the hosting log says which ("Now listening on: http://127.0.0.1:41234"). */
function listeningOrigin(app: ReturnType<typeof runApp>, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      const origin = /Now listening on: (http:\/\/\S+)/.exec(output())?.[1];
      if (origin) {
        app.stdout?.off("data", onData);
        resolve(origin);
      }
    };
    app.stdout?.on("data", onData);
    app.once("exit", (code) => reject(new Error(`The server exited (code ${code}) before listening:\n${output()}`)));
  });
}
