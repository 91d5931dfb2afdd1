import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkCard } from './check-cards.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'check-cards.mjs');
const fixtures = path.join(here, 'fixtures');

function run(...args) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, result: JSON.parse(r.stdout) };
}

test('a clean card passes with exit code 0', () => {
  const { code, result } = run(path.join(fixtures, 'good'));
  assert.deepEqual(result, { checked: 1, errors: {} });
  assert.equal(code, 0);
});

test('a card with real faults fails with exit code 1, naming each fault', () => {
  const { code, result } = run(path.join(fixtures, 'bad'));
  assert.equal(code, 1);
  assert.equal(result.checked, 1);
  const faults = result.errors['faults.json'].join('\n');
  assert.match(faults, /UnknownElementType: Unknown element type "Fancy.Chart"/);
  assert.match(faults, /CollectionCantBeEmpty: An Input.ChoiceSet must have at least one choice/);
  assert.match(faults, /PropertyCantBeNull: All inputs must have a unique Id/);
  assert.equal(result.errors['faults.json'].length, 3, 'Action.Submit itself is fine');
});

test('good and bad together: only the bad file is reported', () => {
  const { code, result } = run(path.join(fixtures, 'good'), path.join(fixtures, 'bad'));
  assert.equal(code, 1);
  assert.equal(result.checked, 2);
  assert.deepEqual(Object.keys(result.errors), ['faults.json']);
});

test('an empty or missing folder fails rather than passing silently', () => {
  const { code, result } = run(path.join(fixtures, 'does-not-exist'));
  assert.equal(code, 1);
  assert.equal(result.checked, 0);
});

const minimal = (extra = {}) => ({
  type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hello' }], ...extra,
});

test('checkCard: Teams limits on version, type and size', () => {
  assert.deepEqual(checkCard(minimal()), []);
  assert.deepEqual(checkCard(minimal({ version: '1.4' })), []);
  assert.match(checkCard(minimal({ version: '1.6' })).join(), /above 1.5/);
  assert.match(checkCard(minimal({ version: undefined })).join(), /version is undefined/);
  assert.match(checkCard(minimal({ type: 'HeroCard' })).join(), /type is "HeroCard"/);
  const body = Array.from({ length: 900 }, () => ({ type: 'TextBlock', text: 'x'.repeat(100) }));
  assert.match(checkCard(minimal({ body })).join(), /serialized size \d+ bytes is over 80000/);
  assert.match(checkCard([]).join(), /not a JSON object/);
});

test('checkCard: unknown action types and duplicate ids are faults', () => {
  assert.match(checkCard(minimal({ actions: [{ type: 'Action.Bogus', title: 'x' }] })).join(), /UnknownActionType/);
  const dup = minimal({ body: [{ type: 'TextBlock', id: 'a', text: 'x' }, { type: 'TextBlock', id: 'a', text: 'y' }] });
  assert.match(checkCard(dup).join(), /DuplicateId/);
});
