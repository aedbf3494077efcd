import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakingChanges, summarize } from './breaking.mjs';

const released = `type Query { deal(id: ID!): Deal  deals: [Deal!]! }
type Deal { id: ID!  title: String!  value: String  legacyScore: Int @deprecated(reason: "Use score") }`;

test('adding fields is not breaking', () => {
  assert.deepEqual(breakingChanges(released, released.replace('title: String!', 'title: String!  score: Int')), []);
});

test('removing a field that was not deprecated is breaking', () => {
  const changes = breakingChanges(released, released.replace('value: String', ''));
  assert.equal(changes.length, 1);
  assert.equal(changes[0].type, 'FIELD_REMOVED');
});

test('removing a field the release had deprecated is allowed', () => {
  assert.deepEqual(breakingChanges(released, released.replace('legacyScore: Int @deprecated(reason: "Use score")', '')), []);
});

test('retyping a field is breaking', () => {
  const changes = breakingChanges(released, released.replace('title: String!', 'title: Int!'));
  assert.equal(changes[0].type, 'FIELD_CHANGED_KIND');
});

test('the changelog summary lists additions and removals', () => {
  assert.deepEqual(summarize(released, released.replace('value: String', 'amount: String')), { added: ['Deal.amount'], removed: ['Deal.value'] });
});
