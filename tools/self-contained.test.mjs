// A user clones the repository alone: nothing it builds, tests or runs with may reach outside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outside = /\.\.[\\/]+shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/;
const code = /\.(cs|csproj|props|targets|sln|mjs|js|json|sh|yml|yaml)$|^(run|test|bench)\.sh$|^\.ci\/run$/;

test('no tracked file of the project reads the folder beside the repository', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n')
    .filter((f) => f && code.test(f) && !f.endsWith('package-lock.json'));
  assert.ok(files.length > 50, 'the project files are listed');
  const offenders = files.filter((f) => outside.test(readFileSync(path.join(root, f), 'utf8')));
  assert.deepEqual(offenders, []);
});

test('the Teams schema the package is validated against is kept with its licence', () => {
  const schema = JSON.parse(readFileSync(path.join(root, 'manifest', 'schema', 'teams-manifest-v1.29.schema.json'), 'utf8'));
  assert.equal(typeof schema.properties.bots, 'object');
  assert.match(readFileSync(path.join(root, 'manifest', 'schema', 'LICENSE'), 'utf8'), /MIT License/);
});
