import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip } from './zip.mjs';
import { pngInfo } from './build-package.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'build-package.mjs');
const templatePath = path.join(here, 'manifest.template.json');
const APP_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const BOT_ID = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

function scratch(t) {
  const dir = mkdtempSync(path.join(tmpdir(), 'collabbot-manifest-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function build(...args) {
  const env = { ...process.env };
  delete env.MicrosoftAppId;
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function brokenTemplate(dir, change) {
  const manifest = JSON.parse(readFileSync(templatePath, 'utf8'));
  change(manifest);
  const file = path.join(dir, 'broken.json');
  writeFileSync(file, JSON.stringify(manifest));
  return file;
}

test('builds a valid package with the three files, flat, and the given ids', (t) => {
  const out = path.join(scratch(t), 'pkg', 'collabbot.zip');
  const r = build('--app-id', APP_ID, '--bot-id', BOT_ID, '--version', '2.3.4', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /wrote .*collabbot\.zip/);

  const entries = readZip(readFileSync(out));
  assert.deepEqual(entries.map((e) => e.name).sort(), ['color.png', 'manifest.json', 'outline.png']);
  const file = (name) => entries.find((e) => e.name === name).data;

  const manifest = JSON.parse(file('manifest.json').toString('utf8'));
  assert.equal(manifest.manifestVersion, '1.29');
  assert.equal(manifest.id, APP_ID);
  assert.equal(manifest.version, '2.3.4');
  assert.equal(manifest.bots[0].botId, BOT_ID);
  assert.deepEqual(manifest.bots[0].scopes, ['personal', 'team', 'groupChat']);
  assert.equal(manifest.bots[0].supportsFiles, false);
  assert.equal(manifest.name.short, 'CollabBot');
  assert.doesNotMatch(JSON.stringify(manifest), /\{\{/);

  assert.deepEqual(pngInfo(file('color.png')), { width: 192, height: 192, colorType: 2, hasAlpha: false });
  const outline = pngInfo(file('outline.png'));
  assert.equal(outline.width, 32);
  assert.equal(outline.hasAlpha, true);
});

test('the bot id comes from MicrosoftAppId when not given', (t) => {
  const out = path.join(scratch(t), 'collabbot.zip');
  const r = spawnSync(process.execPath, [script, '--out', out], {
    encoding: 'utf8', env: { ...process.env, MicrosoftAppId: BOT_ID }, timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /warning/);
  const manifest = JSON.parse(readZip(readFileSync(out)).find((e) => e.name === 'manifest.json').data);
  assert.equal(manifest.bots[0].botId, BOT_ID);
});

test('a manifest without a name and with a wrong scope fails, naming both faults', (t) => {
  const dir = scratch(t);
  const template = brokenTemplate(dir, (m) => {
    delete m.name;
    m.bots[0].scopes = ['channel', 'team'];
  });
  const out = path.join(dir, 'collabbot.zip');
  const r = build('--template', template, '--bot-id', BOT_ID, '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /must have required property 'name'/);
  assert.match(r.stderr, /\/bots\/0\/scopes\/0 must be equal to one of the allowed values/);
  assert.equal(existsSync(out), false, 'no package is written when the manifest has faults');
});

test('ids are set as values: a hostile id cannot change the manifest structure', (t) => {
  const out = path.join(scratch(t), 'collabbot.zip');
  const r = build('--app-id', '", "isFullScreen": true, "x": "', '--bot-id', BOT_ID, '--out', out);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/id must match pattern/);
  assert.doesNotMatch(r.stderr, /additional properties/);
});

test('a left-over placeholder and a non-semver version are faults', (t) => {
  const dir = scratch(t);
  const template = brokenTemplate(dir, (m) => { m.description.short = 'CollabBot {{TENANT}}'; });
  const r = build('--template', template, '--bot-id', BOT_ID, '--version', '1.0', '--out', path.join(dir, 'x.zip'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/description\/short still holds a placeholder/);
  assert.match(r.stderr, /\/version must be a semantic version/);
});

test('icons of the wrong size are faults', (t) => {
  const dir = scratch(t);
  copyFileSync(path.join(here, 'outline.png'), path.join(dir, 'color.png'));
  copyFileSync(path.join(here, 'color.png'), path.join(dir, 'outline.png'));
  const r = build('--icons', dir, '--bot-id', BOT_ID, '--out', path.join(dir, 'x.zip'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /icons\.color: color\.png is 32x32, must be 192x192/);
  assert.match(r.stderr, /icons\.outline: outline\.png is 192x192, must be 32x32/);
  assert.match(r.stderr, /outline\.png has no transparency/);
});
