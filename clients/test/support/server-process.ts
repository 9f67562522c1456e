import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's top level: the server runs from there, so it reads appsettings.json as `dotnet run` does. */
const repositoryRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** What `dotnet build` (or `dotnet test`) at the top level leaves; the kit never builds the server itself. */
const serverDll = join(repositoryRoot, "Clawith.Graph/bin/Debug/net10.0/Clawith.Graph.dll");

/**
 * Settings that make every server of the kit alike, whatever the appsettings files say: SQLite in the given
 * file, demo data seeded, one signing key (so a token minted on one server's database is valid on all of
 * them: the demo users' ids are fixed), and the hosting log line that tells the port.
 */
export function serverEnvironment(databaseFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: "Development",
    Database__Provider: "Sqlite",
    ConnectionStrings__Clawith: `Data Source=${databaseFile}`,
    Database__CreateSchema: "true",
    Database__SeedDemoData: "true",
    Jwt__SecretKey: "clawith-graph-client-kit-signing-key",
    Observability__JsonLogs: "false",
    "Logging__LogLevel__Microsoft.Hosting.Lifetime": "Information",
  };
}

/** Runs the built app (`dotnet Clawith.Graph.dll …`) from the repository's top level. */
export function runApp(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  if (!existsSync(serverDll))
    throw new Error(`${serverDll} is missing: run \`dotnet build\` at the repository's top level first.`);
  const app = spawn("dotnet", [serverDll, ...args], { cwd: repositoryRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  // A test file that ends without its after hooks (an uncaught error) takes its servers with it.
  const stop = () => app.kill();
  process.once("exit", stop);
  app.once("exit", () => process.off("exit", stop));
  return app;
}

/** Everything a process printed so far, to explain a failure. */
export function recordOutput(child: ChildProcess): () => string {
  let output = "";
  const append = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return () => output;
}

/** Resolves with the exit code once the process has ended (at once if it already has). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}
