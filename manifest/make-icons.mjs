#!/usr/bin/env node
// Draws the Teams app icons as real PNGs with nothing but node:zlib:
//   color.png   192x192, full colour: a white pair of speech bubbles on WIPO blue, full bleed
//   outline.png  32x32, white on transparent: the same bubbles as a white outline
// Run `node manifest/make-icons.mjs` to regenerate them next to this script (output is deterministic).

import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BLUE = [0x00, 0x53, 0x9b];
const WHITE = [0xff, 0xff, 0xff];

// Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh) and corner radius r.
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

// Signed distance to a triangle (a, b, c), counter-clockwise or clockwise.
function triangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const edge = (px, py, qx, qy) => {
    const ex = qx - px, ey = qy - py;
    const wx = x - px, wy = y - py;
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
    return Math.hypot(wx - ex * t, wy - ey * t);
  };
  const d = Math.min(edge(ax, ay, bx, by), edge(bx, by, cx, cy), edge(cx, cy, ax, ay));
  const s = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = s(ax, ay, bx, by), s2 = s(bx, by, cx, cy), s3 = s(cx, cy, ax, ay);
  const inside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  return inside ? -d : d;
}

// The glyph in a unit square (0..1): a big bubble with a tail to the lower left, a smaller one behind it
// to the upper right. Returns the signed distance (negative inside) for the front and back bubbles.
function bubbles(x, y) {
  const front = Math.min(
    roundedRect(x, y, 0.44, 0.50, 0.28, 0.19, 0.08),
    triangle(x, y, [0.22, 0.62], [0.36, 0.66], [0.18, 0.82]),
  );
  const back = roundedRect(x, y, 0.60, 0.34, 0.24, 0.15, 0.07);
  return { front, back };
}

function colorPixel(x, y) {
  const { front, back } = bubbles(x, y);
  // The back bubble is drawn as a white ring so the two bubbles read as a conversation.
  const ring = Math.max(back, -(back + 0.035));
  const gap = front - 0.03; // a blue gap between the bubbles
  if (front <= 0) return [...WHITE, 255];
  if (ring <= 0 && gap > 0) return [...WHITE, 255];
  return [...BLUE, 255];
}

function outlinePixel(x, y) {
  const { front, back } = bubbles(x, y);
  const stroke = 0.085;
  const frontRing = Math.max(front, -(front + stroke));
  const backRing = Math.max(back, -(back + stroke));
  const visibleBack = Math.max(backRing, -(front - 0.02)); // hidden where the front bubble is
  return frontRing <= 0 || visibleBack <= 0 ? [...WHITE, 255] : [...WHITE, 0];
}

// Renders with 4x4 supersampling so edges are anti-aliased (alpha-weighted colour average).
function render(size, pixel) {
  const n = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [pr, pg, pb, pa] = pixel((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
        }
      }
      const o = (py * size + px) * 4;
      rgba[o] = a ? Math.round(r / a) : 255;
      rgba[o + 1] = a ? Math.round(g / a) : 255;
      rgba[o + 2] = a ? Math.round(b / a) : 255;
      rgba[o + 3] = Math.round(a / (n * n));
    }
  }
  return rgba;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG; with `opaque`, drops the alpha channel (colour type 2). */
export function encodePng(size, rgba, { opaque = false } = {}) {
  const channels = opaque ? 3 : 4;
  const raw = Buffer.alloc(size * (size * channels + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * channels + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      rgba.copy(raw, row + 1 + x * channels, i, i + channels);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = opaque ? 2 : 6; // colour type: RGB or RGBA
  ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // compression, filter, interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(dir, 'color.png'), encodePng(192, render(192, colorPixel), { opaque: true }));
  writeFileSync(path.join(dir, 'outline.png'), encodePng(32, render(32, outlinePixel)));
  console.log(`wrote ${path.join(dir, 'color.png')} and ${path.join(dir, 'outline.png')}`);
}
