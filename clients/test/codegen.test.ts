import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { test } from "node:test";
import { buildSchema, isAbstractType, Kind, parse } from "graphql";
import * as generated from "../src/gql/graphql.ts";
import introspection from "../src/gql/possible-types.ts";

const kit = new URL("../", import.meta.url);

/** The names of the operations a GraphQL text defines. */
const operationNames = (text: string) =>
  parse(text).definitions.flatMap((definition) => definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? ""] : []);

test("the persisted-documents manifest holds every operation of src/operations, each under the sha256 of its text", async () => {
  const manifest: Record<string, string> = JSON.parse(await readFile(new URL("src/gql/persisted-documents.json", kit), "utf8"));
  const folder = new URL("src/operations/", kit);
  const written = await Promise.all((await readdir(folder)).map((file) => readFile(new URL(file, folder), "utf8")));
  const typedHashes = Object.values(generated).flatMap((value) => {
    const hash = (value as { __meta__?: { hash?: string } }).__meta__?.hash;
    return hash ? [hash] : [];
  });

  for (const [id, text] of Object.entries(manifest))
    assert.equal(id, `sha256:${createHash("sha256").update(text).digest("hex")}`);
  assert.deepEqual(Object.values(manifest).flatMap(operationNames).sort(), written.flatMap(operationNames).sort());
  assert.deepEqual(typedHashes.sort(), Object.keys(manifest).sort(), "each typed document carries its manifest id");
});

test("possibleTypes lists each union's and interface's members as schema.graphql declares them", async () => {
  const schema = buildSchema(await readFile(new URL("../schema.graphql", kit), "utf8"));
  const declared = Object.fromEntries(Object.values(schema.getTypeMap()).filter(isAbstractType)
    .map((type) => [type.name, schema.getPossibleTypes(type).map((member) => member.name).sort()]));

  assert.deepEqual(introspection.possibleTypes, declared);
  assert.deepEqual(declared.Error, ["NotAuthorizedError", "NotFoundError", "ValidationError"]);
});

test("tsc --noEmit accepts the kit: the generated types, the clients and the tests", () => {
  const tsc = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"], { cwd: kit, encoding: "utf8" });

  assert.equal(`${tsc.stdout}${tsc.stderr}`, "");
  assert.equal(tsc.status, 0);
});
