/**
 * @generated SignedSource<<01d1ab407da0408fc87ab5efa712d2ae>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ConcreteRequest } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type MessageRole = "ASSISTANT" | "OTHER" | "SYSTEM" | "TOOL_CALL" | "USER" | "%future added value";
export type RelayMutationsSendMessageMutation$variables = {
  agentId: string;
  content: string;
  conversations: ReadonlyArray<string>;
  sessionId: string;
  sidebars: ReadonlyArray<string>;
};
export type RelayMutationsSendMessageMutation$data = {
  readonly sendMessage: {
    readonly errors: ReadonlyArray<{
      readonly __typename: string;
      readonly message?: string;
    }> | null | undefined;
    readonly message: {
      readonly content: string;
      readonly createdAt: string | null | undefined;
      readonly id: string;
      readonly role: MessageRole;
    } | null | undefined;
    readonly session: {
      readonly id: string;
      readonly " $fragmentSpreads": FragmentRefs<"RelaySessionRow_session">;
    } | null | undefined;
  };
};
export type RelayMutationsSendMessageMutation = {
  response: RelayMutationsSendMessageMutation$data;
  variables: RelayMutationsSendMessageMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "agentId"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "content"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "conversations"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "sessionId"
},
v4 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "sidebars"
},
v5 = [
  {
    "fields": [
      {
        "kind": "Variable",
        "name": "agentId",
        "variableName": "agentId"
      },
      {
        "kind": "Variable",
        "name": "content",
        "variableName": "content"
      },
      {
        "kind": "Variable",
        "name": "sessionId",
        "variableName": "sessionId"
      }
    ],
    "kind": "ObjectValue",
    "name": "input"
  }
],
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "concreteType": "ChatMessage",
  "kind": "LinkedField",
  "name": "message",
  "plural": false,
  "selections": [
    (v6/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "role",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "content",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "createdAt",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "concreteType": null,
  "kind": "LinkedField",
  "name": "errors",
  "plural": true,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "__typename",
      "storageKey": null
    },
    {
      "kind": "InlineFragment",
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "message",
          "storageKey": null
        }
      ],
      "type": "Error",
      "abstractKey": "__isError"
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/),
      (v3/*:: as any*/),
      (v4/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayMutationsSendMessageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v5/*:: as any*/),
        "concreteType": "SendMessagePayload",
        "kind": "LinkedField",
        "name": "sendMessage",
        "plural": false,
        "selections": [
          (v7/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "ChatSession",
            "kind": "LinkedField",
            "name": "session",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "args": null,
                "kind": "FragmentSpread",
                "name": "RelaySessionRow_session"
              }
            ],
            "storageKey": null
          },
          (v8/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v3/*:: as any*/),
      (v1/*:: as any*/),
      (v4/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "RelayMutationsSendMessageMutation",
    "selections": [
      {
        "alias": null,
        "args": (v5/*:: as any*/),
        "concreteType": "SendMessagePayload",
        "kind": "LinkedField",
        "name": "sendMessage",
        "plural": false,
        "selections": [
          (v7/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "appendNode",
            "key": "",
            "kind": "LinkedHandle",
            "name": "message",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "conversations"
              },
              {
                "kind": "Literal",
                "name": "edgeTypeName",
                "value": "ChatMessageEdge"
              }
            ]
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "ChatSession",
            "kind": "LinkedField",
            "name": "session",
            "plural": false,
            "selections": [
              (v6/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "title",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "displayName",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "messageCount",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "lastMessageAt",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "filters": null,
            "handle": "prependNode",
            "key": "",
            "kind": "LinkedHandle",
            "name": "session",
            "handleArgs": [
              {
                "kind": "Variable",
                "name": "connections",
                "variableName": "sidebars"
              },
              {
                "kind": "Literal",
                "name": "edgeTypeName",
                "value": "ChatSessionEdge"
              }
            ]
          },
          (v8/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "99e8b13009c09d4f3b1a0e193529dd6c",
    "id": null,
    "metadata": {},
    "name": "RelayMutationsSendMessageMutation",
    "operationKind": "mutation",
    "text": "mutation RelayMutationsSendMessageMutation(\n  $agentId: UUID!\n  $sessionId: UUID!\n  $content: String!\n) {\n  sendMessage(input: {agentId: $agentId, sessionId: $sessionId, content: $content}) {\n    message {\n      id\n      role\n      content\n      createdAt\n    }\n    session {\n      id\n      ...RelaySessionRow_session\n    }\n    errors {\n      __typename\n      ... on Error {\n        __isError: __typename\n        message\n      }\n    }\n  }\n}\n\nfragment RelaySessionRow_session on ChatSession {\n  id\n  title\n  displayName\n  messageCount\n  lastMessageAt\n}\n"
  }
};
})();

(node as any).hash = "87c9520dea758f06a4ae62f8dc35112e";

export default node;
