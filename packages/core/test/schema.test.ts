import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateCatalogue } from '../src/schema/index.js';
import { sv } from './support/sv.js';

test('an empty catalogue is rejected with a Swedish message and a field path', () => {
  const result = validateCatalogue({});
  assert.equal(result.ok, false);
  if (result.ok) return;
  const lifeAreas = result.issues.find((i) => i.path === 'lifeAreas');
  assert.equal(sv(lifeAreas), 'Uppgiften saknas.');
});
