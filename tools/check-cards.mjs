#!/usr/bin/env node
// Checks Adaptive Cards with the official `adaptivecards` JS library, as Teams would see them.
//
//   node tools/check-cards.mjs <dir-or-file> [...]
//
// Every *.json under the given folders (recursively) is one card. A card fails when:
//   - it is not valid JSON, or its `type` is not "AdaptiveCard";
//   - its `version` is missing or above 1.5 (the highest schema Teams renders);
//   - its compact serialization is over 80,000 bytes (Teams answers 413 beyond about 80 KB);
//   - the library logs any parse event (unknown element or action type, bad property value...);
//   - `validateProperties()` reports any rule violation (ChoiceSet without choices, input without id,
//     duplicate id, required input without label...);
//   - `render()` does not return an element, or throws.
// Prints one JSON object on stdout: {"checked": N, "errors": {"file.json": ["message", ...]}}.
// Exit code 0 when there is no error, 1 otherwise (also when no card was found), 2 on bad usage.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const MAX_VERSION = '1.5';
export const MAX_BYTES = 80_000;

let AC;

// The package's lib/ build does not load under Node 20; its dist/ bundle does once the DOM globals exist.
function loadAdaptiveCards() {
  if (AC) return AC;
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
  const { window } = dom;
  const define = (name, value) =>
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  define('window', window);
  define('document', window.document);
  define('navigator', window.navigator);
  for (const name of Object.getOwnPropertyNames(window)) {
    if (/^(HTML\w*|SVG\w*|Element|Node|Text|DocumentFragment|Event|CustomEvent|MouseEvent|KeyboardEvent|DOMParser|getComputedStyle)$/.test(name)
        && !(name in globalThis)) {
      define(name, window[name]);
    }
  }
  const require = createRequire(import.meta.url);
  AC = require('adaptivecards/dist/adaptivecards.js');
  // Teams renders markdown. A pass-through processor keeps the library from warning on every TextBlock;
  // the text is escaped, so nothing in a card can inject markup into the check's DOM.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    const div = window.document.createElement('div');
    div.textContent = text;
    result.outputHtml = div.innerHTML;
    result.didProcess = true;
  };
  return AC;
}

function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Returns the list of faults of one card (a parsed JSON value); empty when the card is clean. */
export function checkCard(json) {
  const errors = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return ['the card is not a JSON object'];
  }
  if (json.type !== 'AdaptiveCard') {
    errors.push(`type is ${JSON.stringify(json.type)}, expected "AdaptiveCard"`);
  }
  if (typeof json.version !== 'string' || !/^\d+(\.\d+)*$/.test(json.version)) {
    errors.push(`version is ${JSON.stringify(json.version)}, expected a version such as "1.5"`);
  } else if (compareVersions(json.version, MAX_VERSION) > 0) {
    errors.push(`version ${json.version} is above ${MAX_VERSION}, the highest Teams renders`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > MAX_BYTES) {
    errors.push(`serialized size ${bytes} bytes is over ${MAX_BYTES} bytes`);
  }

  const ac = loadAdaptiveCards();
  const name = (e) => ac.ValidationEvent[e.event] ?? String(e.event);
  const phase = (e) => ac.ValidationPhase[e.phase] ?? String(e.phase);
  try {
    const card = new ac.AdaptiveCard();
    const context = new ac.SerializationContext();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      errors.push(`${phase(e)} ${name(e)}: ${e.message}`);
    }
    for (const e of card.validateProperties().validationEvents) {
      errors.push(`${phase(e)} ${name(e)}: ${e.message}`);
    }
    const element = card.render();
    if (!element || typeof element !== 'object' || element.nodeType !== 1) {
      errors.push('render() did not return an element');
    }
  } catch (err) {
    errors.push(`the adaptivecards library threw: ${err?.message ?? err}`);
  }
  return errors;
}

function collectJsonFiles(target, into) {
  const st = statSync(target);
  if (st.isDirectory()) {
    for (const entry of readdirSync(target).sort()) {
      collectJsonFiles(path.join(target, entry), into);
    }
  } else if (target.endsWith('.json')) {
    into.push(target);
  }
  return into;
}

/** Checks every *.json card under the given folders or files. */
export function checkPaths(targets) {
  const result = { checked: 0, errors: {} };
  for (const target of targets) {
    let files;
    try {
      files = collectJsonFiles(target, []);
    } catch (err) {
      result.errors[target] = [`cannot read: ${err.message}`];
      continue;
    }
    if (files.length === 0) {
      result.errors[target] = ['no *.json card found'];
      continue;
    }
    const base = statSync(target).isDirectory() ? target : path.dirname(target);
    for (const file of files) {
      const key = path.relative(base, file) || path.basename(file);
      result.checked++;
      let json;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        result.errors[key] = [`not valid JSON: ${err.message}`];
        continue;
      }
      const errors = checkCard(json);
      if (errors.length > 0) result.errors[key] = errors;
    }
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2);
  if (targets.length === 0) {
    process.stderr.write('usage: node tools/check-cards.mjs <dir-or-file> [...]\n');
    process.exit(2);
  }
  const result = checkPaths(targets);
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exitCode = Object.keys(result.errors).length === 0 ? 0 : 1;
}
