import { exited, recordOutput, runApp } from "./server-process.ts";

export type DemoUser = "root" | "olivia" | "adam" | "alice" | "bob";

// One token per user and test file: every kit server signs with the same key and seeds the same user ids.
const minted = new Map<DemoUser, Promise<string>>();

/** A bearer token from the app's own `token` command, run on the given server's database. */
export function tokenFor(user: DemoUser, env: NodeJS.ProcessEnv): Promise<string> {
  let token = minted.get(user);
  if (!token) {
    token = mint(user, env);
    minted.set(user, token);
  }
  return token;
}

async function mint(user: DemoUser, env: NodeJS.ProcessEnv): Promise<string> {
  const command = runApp(["token", user], env);
  const output = recordOutput(command);
  let stdout = "";
  command.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await exited(command);
  const token = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || token.split(".").length !== 3)
    throw new Error(`token ${user} failed (exit code ${code}):\n${output()}`);
  return token;
}
