#!/usr/bin/env node
// Builds the Teams app package: fills the manifest template, validates it against the official schema,
// checks the icons, and zips manifest.json + color.png + outline.png (flat) into one file.
//
//   node manifest/build-package.mjs [--app-id GUID] [--bot-id GUID] [--version 1.0.0]
//        [--out manifest/build/collabbot.zip] [--template manifest/manifest.template.json]
//        [--icons manifest/] [--schema PATH] [--domain host]...
//
// The bot id defaults to $MicrosoftAppId, else a fixed local GUID (with a warning). The schema is the copy
// kept in manifest/schema/ (the official schema, MIT, with its licence); when it is missing, the manifest's
// `$schema` URL is fetched instead. Every fault is printed with its path; any fault exits 1, writing nothing.
//
// Values are set on the parsed JSON, never spliced into its text, so no argument can change its structure.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Ajv from 'ajv-draft-04';
import { writeZip } from './zip.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The Teams app id of CollabBot: stable across versions, so Teams sees an update, not a new app. */
export const DEFAULT_APP_ID = '42cffc38-e6c1-43ea-ae23-4e2a0595e98c';
/** A placeholder bot id for local packages (the Agents Playground does not check it). */
export const LOCAL_BOT_ID = '00000000-0000-0000-0000-00000000b07a';
export const LOCAL_SCHEMA = path.resolve(here, 'schema', 'teams-manifest-v1.29.schema.json');

const ICON_SIZES = { color: 192, outline: 32 };
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Sets the per-build values on the parsed template. */
export function fillManifest(template, { appId, botId, version, domains = [] }) {
  const manifest = structuredClone(template);
  manifest.id = appId;
  manifest.version = version;
  if (Array.isArray(manifest.bots)) {
    for (const bot of manifest.bots) {
      if (bot && typeof bot === 'object') bot.botId = botId;
    }
  }
  if (domains.length > 0) {
    manifest.validDomains = [...new Set([...(manifest.validDomains ?? []), ...domains])];
  }
  return manifest;
}

/** Faults the schema does not catch: leftover {{PLACEHOLDERS}} and a version that is not x.y.z. */
export function extraFaults(manifest) {
  const faults = [];
  const walk = (value, at) => {
    if (typeof value === 'string') {
      if (/\{\{[A-Z0-9_]+\}\}/.test(value)) faults.push(`${at || '/'} still holds a placeholder: ${value}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${at}/${i}`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${at}/${k}`);
    }
  };
  walk(manifest, '');
  if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
    faults.push(`/version must be a semantic version x.y.z, got ${JSON.stringify(manifest.version)}`);
  }
  for (const key of ['color', 'outline']) {
    const name = manifest.icons?.[key];
    if (typeof name === 'string' && (name.includes('/') || name.includes('\\'))) {
      faults.push(`/icons/${key} must be a plain file name in the package root, got ${JSON.stringify(name)}`);
    }
  }
  return faults;
}

/** Loads the official schema: the local copy, else the manifest's $schema URL. Throws with both reasons. */
export async function loadSchema(localPath, url) {
  try {
    return { schema: JSON.parse(readFileSync(localPath, 'utf8')), source: localPath };
  } catch (localError) {
    if (!url) {
      throw new Error(`cannot read the schema at ${localPath} (${localError.message}) and the manifest has no $schema URL`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { schema: await response.json(), source: url };
    } catch (remoteError) {
      throw new Error(`cannot validate the manifest: the local schema ${localPath} is unreadable `
        + `(${localError.code ?? localError.message}) and fetching ${url} failed `
        + `(${remoteError.cause?.code ?? remoteError.message})`);
    }
  }
}

/** Validates against the schema; returns one line per fault, naming the JSON path. */
export function schemaFaults(schema, manifest) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's only format; ajv-draft-04 ships no format validators (and warns about each unknown one).
  ajv.addFormat('uri', (value) => URL.canParse(value));
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return validate.errors.map((e) => {
    const detail = e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})`
      : e.params?.additionalProperty ? ` ('${e.params.additionalProperty}')`
      : e.params?.allowedValue !== undefined ? ` (${JSON.stringify(e.params.allowedValue)})`
      : '';
    return `${e.instancePath || '/'} ${e.message}${detail}`;
  });
}

/** Reads width, height and colour type from a PNG's IHDR chunk. */
export function pngInfo(buffer) {
  const signature = '89504e470d0a1a0a';
  if (buffer.length < 33 || buffer.subarray(0, 8).toString('hex') !== signature
      || buffer.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  const colorType = buffer[25];
  const hasAlpha = colorType === 4 || colorType === 6 || buffer.includes(Buffer.from('tRNS', 'ascii'));
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20), colorType, hasAlpha };
}

/** Checks the icons the manifest names; returns [faults, {name: Buffer}]. */
export function checkIcons(manifest, iconsDir) {
  const faults = [];
  const files = {};
  for (const [key, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[key];
    if (typeof name !== 'string') continue; // the schema reports it
    const file = path.join(iconsDir, name);
    let data;
    try {
      data = readFileSync(file);
    } catch (err) {
      faults.push(`icons.${key}: cannot read ${file} (${err.code ?? err.message})`);
      continue;
    }
    const info = pngInfo(data);
    if (!info) {
      faults.push(`icons.${key}: ${file} is not a PNG`);
      continue;
    }
    if (info.width !== size || info.height !== size) {
      faults.push(`icons.${key}: ${name} is ${info.width}x${info.height}, must be ${size}x${size}`);
    }
    if (key === 'outline' && !info.hasAlpha) {
      faults.push(`icons.${key}: ${name} has no transparency; the outline icon is white on transparent`);
    }
    files[name] = data;
  }
  return [faults, files];
}

function usage() {
  return 'usage: node manifest/build-package.mjs [--app-id GUID] [--bot-id GUID] [--version 1.0.0] '
    + '[--out manifest/build/collabbot.zip] [--template FILE] [--icons DIR] [--schema FILE] [--domain HOST]...';
}

export async function main(argv = process.argv.slice(2), env = process.env) {
  let args;
  try {
    ({ values: args } = parseArgs({
      args: argv,
      options: {
        'app-id': { type: 'string', default: DEFAULT_APP_ID },
        'bot-id': { type: 'string' },
        version: { type: 'string', default: '1.0.0' },
        out: { type: 'string', default: path.join(here, 'build', 'collabbot.zip') },
        template: { type: 'string', default: path.join(here, 'manifest.template.json') },
        icons: { type: 'string', default: here },
        schema: { type: 'string', default: LOCAL_SCHEMA },
        domain: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    console.error(`${err.message}\n${usage()}`);
    return 2;
  }
  if (args.help) {
    console.log(usage());
    return 0;
  }

  let botId = args['bot-id'];
  if (!botId) {
    botId = env.MicrosoftAppId || LOCAL_BOT_ID;
    if (!env.MicrosoftAppId) {
      console.error(`warning: no --bot-id and no MicrosoftAppId in the environment; using the local placeholder ${LOCAL_BOT_ID}`);
    }
  }

  let template;
  try {
    template = JSON.parse(readFileSync(args.template, 'utf8'));
  } catch (err) {
    console.error(`fault: cannot read the template ${args.template}: ${err.message}`);
    return 1;
  }
  const manifest = fillManifest(template, {
    appId: args['app-id'], botId, version: args.version, domains: args.domain,
  });

  let loaded;
  try {
    loaded = await loadSchema(args.schema, manifest.$schema);
  } catch (err) {
    console.error(`fault: ${err.message}`);
    return 1;
  }
  const [iconFaults, icons] = checkIcons(manifest, args.icons);
  const faults = [
    ...schemaFaults(loaded.schema, manifest).map((f) => `schema: ${f}`),
    ...extraFaults(manifest).map((f) => `manifest: ${f}`),
    ...iconFaults,
  ];
  if (faults.length > 0) {
    for (const f of faults) console.error(`fault: ${f}`);
    console.error(`${faults.length} fault(s) in ${args.template} (schema: ${loaded.source}); no package written`);
    return 1;
  }

  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
    ...Object.entries(icons).map(([name, data]) => ({ name, data })),
  ]);
  mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
  writeFileSync(args.out, zip);
  console.log(`wrote ${args.out}: app ${manifest.id}, bot ${botId}, version ${manifest.version} `
    + `(valid against ${loaded.source})`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
