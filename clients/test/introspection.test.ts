import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, printSchema,
  type GraphQLDirective, type GraphQLScalarType, type GraphQLSchema, type IntrospectionQuery,
} from "graphql";
import { startServer } from "./support/server.ts";

/** Every option graphql-js has: what url-loader, graphql-config and GraphiQL ask of a current server. */
const everyOption = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
} as const;

test("introspection with every option of graphql-js builds the schema schema.graphql prints, directives included", async (t) => {
  const server = await startServer(t);

  // Anonymous, as a schema loader asks: introspection needs no token (it is switched on in Development).
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: getIntrospectionQuery(everyOption) }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
  assert.equal(body.errors, undefined);
  const served = buildClientSchema(body.data!);
  const printed = buildSchema(await readFile(new URL("../../schema.graphql", import.meta.url), "utf8"));

  assert.equal(printSchema(served), printSchema(printed));
  const definedInText = printed.getDirectives().filter((directive) => directive.astNode).map(definition);
  assert.deepEqual(directives(served), [...new Set([...specDirectives, ...definedInText])].sort());
  assert.deepEqual(["UUID", "DateTime", "JSON", "ID"].map((name) => (served.getType(name) as GraphQLScalarType).specifiedByURL), [
    "https://www.rfc-editor.org/rfc/rfc9562", "https://www.rfc-editor.org/rfc/rfc3339", "https://www.rfc-editor.org/rfc/rfc8259", undefined,
  ]);
});

/**
 * The built-in directives of the spec's September 2025 edition (§3.13), which schema.graphql leaves out as
 * SDL may: graphql-js's own copies differ (its @deprecated also goes on directive definitions, a later draft).
 */
const specDirectives = [
  'directive @deprecated(reason: String! = "No longer supported") on ARGUMENT_DEFINITION | ENUM_VALUE | FIELD_DEFINITION | INPUT_FIELD_DEFINITION',
  "directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT",
  "directive @oneOf on INPUT_OBJECT",
  "directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT",
  "directive @specifiedBy(url: String!) on SCALAR",
];

/** Each directive of a schema as SDL defines it (its description aside), sorted by name. */
function directives(schema: GraphQLSchema): string[] {
  return [...schema.getDirectives()].sort((a, b) => a.name.localeCompare(b.name)).map(definition);
}

function definition(directive: GraphQLDirective): string {
  const args = directive.args.map((arg) => `${arg.name}: ${arg.type}${arg.defaultValue === undefined ? "" : ` = ${JSON.stringify(arg.defaultValue)}`}`);
  return `directive @${directive.name}${args.length ? `(${args.join(", ")})` : ""}${directive.isRepeatable ? " repeatable" : ""} on ${[...directive.locations].sort().join(" | ")}`;
}
