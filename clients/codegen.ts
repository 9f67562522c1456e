import type { CodegenConfig } from "@graphql-codegen/cli";

// Reads the server's printed schema, so a change to schema.graphql that breaks an operation breaks the kit's run.
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/operations/*.graphql"],
  generates: {
    // Typed documents for every client, and persisted-documents.json: { "<sha256>": "<document>" }.
    "src/gql/": {
      preset: "client",
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: {
        scalars: { UUID: "string", DateTime: "string", JSON: "unknown" },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    // Which concrete types each union and interface has: Apollo's possibleTypes.
    "src/gql/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
    // The schema, minified, for graphcache: it then matches fragments exactly instead of by heuristics.
    "src/gql/schema-introspection.ts": {
      plugins: ["urql-introspection"],
      config: { useTypeImports: true },
    },
  },
};

export default config;
