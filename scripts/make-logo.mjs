// Draws the fictional Northwind Ferries logo used by the example client in
// content/clients/northwind.yaml and writes it as a PNG, using only Node's
// built-ins (png.mjs encodes it).
//
//   node scripts/make-logo.mjs [output-path]
//
// Default output: content/assets/northwind-logo.png (400 x 160 px, RGB).
// The drawing is pure arithmetic, so the same script always writes the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? resolve(here, '..', 'content', 'assets', 'northwind-logo.png'));

const W = 400;
const H = 160;
const SS = 4; // supersampling factor for smooth edges

const hex = (s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
const TEAL = hex('#0E5E6F'); // brand primary
const AMBER = hex('#F2A541'); // brand accent
const WHITE = hex('#FFFFFF');
const NAVY = hex('#1B2A41'); // brand secondary

// --- shapes -----------------------------------------------------------------

const CX = 80;
const CY = 80;
const R = 56;

function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (px - bx) * (ay - by) - (ax - bx) * (py - by);
  const d2 = (px - cx) * (by - cy) - (bx - cx) * (py - cy);
  const d3 = (px - ax) * (cy - ay) - (cx - ax) * (py - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

// Colour of the mark (amber disc with a compass needle) at a sub-pixel, or null.
function markAt(x, y) {
  const dx = x - CX;
  const dy = y - CY;
  const d2 = dx * dx + dy * dy;
  if (d2 > R * R) return null;
  if (d2 > (R - 5) * (R - 5)) return WHITE; // thin white ring
  // Needle: white half points north, navy half points south.
  if (inTriangle(x, y, [CX, CY - 40], [CX - 14, CY], [CX + 14, CY])) return WHITE;
  if (inTriangle(x, y, [CX, CY + 40], [CX - 14, CY], [CX + 14, CY])) return NAVY;
  return AMBER;
}

// --- a 5x7 bitmap font, only the letters we need ---------------------------

const GLYPHS = {
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  O: ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  T: ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
  H: ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
  W: ['10001', '10001', '10001', '10101', '10101', '11011', '10001'],
  I: ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
  D: ['11110', '10001', '10001', '10001', '10001', '10001', '11110'],
  F: ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  S: ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
};

// Text runs: [text, left x, top y, pixel size, colour]
const TEXT = [
  ['NORTHWIND', 160, 46, 4, WHITE],
  ['FERRIES', 160, 96, 3, AMBER],
];

function textAt(x, y) {
  for (const [text, left, top, size, colour] of TEXT) {
    const gx = Math.floor((x - left) / size);
    const gy = Math.floor((y - top) / size);
    if (gy < 0 || gy >= 7 || gx < 0) continue;
    const index = Math.floor(gx / 6); // 5 columns + 1 column spacing
    const col = gx % 6;
    if (index >= text.length || col === 5) continue;
    const row = GLYPHS[text[index]][gy];
    if (row[col] === '1') return colour;
  }
  return null;
}

// Underline bar in the accent colour below the wordmark.
function barAt(x, y) {
  return x >= 160 && x < 373 && y >= 82 && y < 86 ? AMBER : null;
}

// --- raster -----------------------------------------------------------------

const raw = Buffer.alloc(H * (1 + W * 3));
let o = 0;
for (let y = 0; y < H; y++) {
  raw[o++] = 0; // filter type: None
  for (let x = 0; x < W; x++) {
    const flat = textAt(x, y) ?? barAt(x, y);
    if (flat) {
      raw[o++] = flat[0];
      raw[o++] = flat[1];
      raw[o++] = flat[2];
      continue;
    }
    let r = 0;
    let g = 0;
    let b = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = markAt(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS) ?? TEAL;
        r += c[0];
        g += c[1];
        b += c[2];
      }
    }
    const n = SS * SS;
    raw[o++] = Math.round(r / n);
    raw[o++] = Math.round(g / n);
    raw[o++] = Math.round(b / n);
  }
}

const png = encodePng(W, H, raw, 9);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${W}x${H}, ${png.length} bytes)`);
