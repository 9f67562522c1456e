/**
 * @generated SignedSource<<c438433c466be6c28327935cc551442f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import type { ReaderFragment } from 'relay-runtime';
import type { FragmentRefs } from "relay-runtime";
export type RelaySessionRow_session$data = {
  readonly displayName: string;
  readonly id: string;
  readonly lastMessageAt: string | null | undefined;
  readonly messageCount: number;
  readonly title: string;
  readonly " $fragmentType": "RelaySessionRow_session";
};
export type RelaySessionRow_session$key = {
  readonly " $data"?: RelaySessionRow_session$data;
  readonly " $fragmentSpreads": FragmentRefs<"RelaySessionRow_session">;
};

import RelaySessionRowRefetchQuery_graphql from './RelaySessionRowRefetchQuery.graphql';

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": RelaySessionRowRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "RelaySessionRow_session",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
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
  "type": "ChatSession",
  "abstractKey": null
};

(node as any).hash = "e5220c97f15fa04aafee4b941f3ea67f";

export default node;
