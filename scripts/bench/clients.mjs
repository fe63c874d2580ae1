// Generates a content folder with N clients (the bundled workshop's modules, N client files) for the many-clients benchmark.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAPERS = ['A4', 'Letter'];
const STARTS = ['08:30', '09:00', '09:30', '13:00'];

function colour(i, shift) {
  // Deterministic, mid-dark colours so every brand passes the contrast rules.
  const h = (i * 47 + shift) % 360;
  const [r, g, b] = [0, 120, 240].map((o) => Math.round(60 + 50 * Math.cos(((h + o) * Math.PI) / 180)));
  return `#${[r, g, b]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/** A client file: two in three run the full half day with brand colours, one in three the short lunch-and-learn. */
function clientYaml(i) {
  const n = String(i + 1).padStart(2, '0');
  const lines = [
    `name: Bench Client ${n} Ltd`,
    `date: 2027-02-${String((i % 28) + 1).padStart(2, '0')}`,
    `start: "${STARTS[i % STARTS.length]}"`,
    `facilitator: Facilitator ${n}`,
    `location: Office ${n}`,
    `paper: ${PAPERS[i % 2]}`,
  ];
  if (i % 3 === 2) {
    lines.push(
      'minutes: 90',
      'modules:',
      '  - welcome',
      '  - two-jobs',
      '  - break: 5',
      '  - expert-to-leader',
      '  - wrap-up',
    );
    lines.push(
      'timing:',
      '  welcome: 10',
      '  two-jobs: 30',
      '  expert-to-leader: 25',
      '  wrap-up: 20',
      'vars:',
      `  team: crew ${n}`,
    );
  } else {
    lines.push(
      'brand:',
      `  primary: "${colour(i, 0)}"`,
      `  secondary: "${colour(i, 180)}"`,
      `  accent: "${colour(i, 90)}"`,
    );
    if (i % 2 === 0) lines.push('  logo: assets/northwind-logo.png');
  }
  return `${lines.join('\n')}\n`;
}

/** Copies `contentDir` to `dir`, replacing its clients with `count` generated ones; returns their ids. */
export function writeManyClients(contentDir, dir, count) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir, dir, { recursive: true });
  rmSync(join(dir, 'clients'), { recursive: true, force: true });
  mkdirSync(join(dir, 'clients'));
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = `client-${String(i + 1).padStart(2, '0')}`;
    writeFileSync(join(dir, 'clients', `${id}.yaml`), clientYaml(i));
    ids.push(id);
  }
  return ids;
}
