// The guess a build makes before reading its content, to know whether its kits are worth render workers:
// read off real files, as workshop.yaml and the client files list `outputs:`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plannedBeyondDeck } from '../src/load/planned-outputs.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder with this workshop.yaml and these client files (by id). */
function content(workshop: string, clients: Record<string, string> = {}): string {
  dir = mkdtempSync(join(tmpdir(), 'wk-planned-'));
  writeFileSync(join(dir, 'workshop.yaml'), workshop);
  mkdirSync(join(dir, 'clients'));
  for (const [id, text] of Object.entries(clients)) writeFileSync(join(dir, 'clients', `${id}.yaml`), text);
  return dir;
}

describe('kits planned beyond the deck', () => {
  it('none when workshop.yaml lists only the deck and no client says otherwise', () => {
    const dir = content('title: "Führung & <Leitung>"\noutputs: [deck]\n', { acme: 'name: "O\'Brien & Söhne"\n' });
    expect(plannedBeyondDeck(dir, [])).toBe(false);
    expect(plannedBeyondDeck(dir, ['acme'])).toBe(false);
  });

  it('some when outputs are left to the default, or one client asks for more than the deck', () => {
    expect(plannedBeyondDeck(content('title: Workshop\n', { acme: 'name: Acme\n' }), [])).toBe(true);
    const dir = content('outputs: [deck]\n', { acme: 'name: Acme\n', tel: 'name: תל אביב\noutputs: [deck, guide]\n' });
    expect(plannedBeyondDeck(dir, [])).toBe(true);
    expect(plannedBeyondDeck(dir, ['tel'])).toBe(true);
    expect(plannedBeyondDeck(dir, ['acme'])).toBe(false);
  });

  it('a client file listing only the deck holds only the deck, whatever workshop.yaml lists', () => {
    expect(plannedBeyondDeck(content('outputs: [deck, slides]\n', { acme: 'outputs: [deck]\n' }), [])).toBe(false);
  });

  it('some when a file cannot be read or parsed: the guess never keeps workers from kits that need them', () => {
    expect(plannedBeyondDeck(content('outputs: [deck\n'), [])).toBe(true);
    rmSync(join(dir, 'workshop.yaml'));
    expect(plannedBeyondDeck(dir, [])).toBe(true);
    expect(plannedBeyondDeck(content('outputs: deck\n'), [])).toBe(true);
  });
});
