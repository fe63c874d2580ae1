// The kit speaks the client's language: every catalogue is complete, German and French kits hold none of the
// tool's English words, en-US reads a twelve-hour clock, `labels` overrides show, and nothing overflows.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { build } from '../src/build.js';
import {
  CATALOGUES,
  clockSpan,
  LABEL_KEYS,
  LANGUAGES,
  placeholdersOf,
  resolveLocale,
  say,
  type Template,
} from '../src/i18n/locale.js';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');
const texts = (t: Template) => (typeof t === 'string' ? [t] : [t.one, t.other]);
const escaped = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A stand-in for a Swedish catalogue: every English word marked with an ö (placeholders kept), so a tool word that
 * does not come from the file shows as English, and one that does is recognisably the file's; three entries in
 * real Swedish.
 */
const SWEDISH_STAND_IN: Record<string, Template> = {
  ...Object.fromEntries(
    LABEL_KEYS.map((key) => {
      const mark = (t: string) => t.replace(/(^|[^{\w])([A-Za-z][a-z]+)/g, (_, before, word) => `${before}${word}ö`);
      const t = CATALOGUES.en[key];
      return [key, typeof t === 'string' ? mark(t) : { one: mark(t.one), other: mark(t.other) }];
    }),
  ),
  'guide-title': 'Moderatorsö guideö',
  'run-sheet': 'Körschemaö',
  'thank-you': 'Tackö',
};

describe('catalogues', () => {
  it('every language has every key English has, no other, with the same placeholders and plural forms', () => {
    for (const language of LANGUAGES) {
      const catalogue = CATALOGUES[language] as Record<string, Template>;
      expect(Object.keys(catalogue).sort(), language).toEqual([...LABEL_KEYS].sort());
      for (const key of LABEL_KEYS) {
        const english = CATALOGUES.en[key];
        expect(typeof catalogue[key], `${language} ${key}`).toBe(typeof english);
        expect([...placeholdersOf(catalogue[key]!)].sort(), `${language} ${key}`).toEqual(
          [...placeholdersOf(english)].sort(),
        );
        for (const text of texts(catalogue[key]!)) expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('prints clock times as each locale reads them; computation stays in HH:MM', () => {
    const nbsp = '\u00A0';
    expect(clockSpan(resolveLocale('en-US'), '12:00', '13:30')).toBe(`12:00–1:30${nbsp}PM`);
    expect(clockSpan(resolveLocale('en-US'), '11:30', '13:00')).toBe(`11:30${nbsp}AM–1:00${nbsp}PM`);
    expect(clockSpan(resolveLocale('en-US'), '00:15', '00:45')).toBe(`12:15–12:45${nbsp}AM`);
    expect(clockSpan(resolveLocale('en-GB'), '12:00', '13:30')).toBe('12:00–13:30');
    expect(clockSpan(resolveLocale('de-AT'), '09:05', '13:30')).toBe('09:05–13:30');
    expect(clockSpan(resolveLocale('fr-CA'), '09:05', '13:30')).toBe(`9${nbsp}h${nbsp}05–13${nbsp}h${nbsp}30`);
    expect(clockSpan(resolveLocale('fr-FR'), '09:05', '13:30')).toBe('09:05–13:30');
  });

  it('picks plural forms by the language’s rule and takes overrides by key', () => {
    const fr = resolveLocale('fr-FR');
    expect(say(fr, 'breaks-count', { n: 0 })).toBe(say(fr, 'breaks-count', { n: 1 }).replace('1', '0'));
    const de = resolveLocale('de-CH', { exercise: 'Übungsaufgabe' });
    expect(say(de, 'page-of', { page: 2, pages: 9 })).toBe('Seite 2 von 9');
    expect(say(de, 'exercise-number', { exercise: say(de, 'exercise'), n: 3 })).toBe('Übungsaufgabe 3');
  });
});

/** A kit's text as a participant and a facilitator read it: slides, speaker notes, worksheets and guide. */
function kitText(out: string, client: string): string {
  const deck = join(out, client, 'deck.pptx');
  return squash(
    [
      ...slideTexts(deck),
      ...slideNotes(deck),
      ...pdfPages(join(out, client, 'worksheets.pdf')),
      ...pdfPages(join(out, client, 'facilitator-guide.pdf')),
    ].join('\n'),
  );
}

/** Every content file's text: English words the author wrote are theirs, not the tool's. */
function contentText(dir: string): string {
  const all: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(md|ya?ml)$/.test(name)) all.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return squash(all.join('\n'));
}

/**
 * The tool's English words a kit in `language` must not hold: the fixed text of every English entry
 * (placeholders cut out), in pieces of two words or more or one word of five letters or more, leaving
 * out those the content itself uses and those the language writes the same way ("Agenda", "Quiz").
 */
function englishBuiltIns(language: string | Record<string, Template>, content: string): string[] {
  const words = typeof language === 'string' ? CATALOGUES[language as 'de'] : language;
  const local = squash(LABEL_KEYS.flatMap((k) => texts(words[k] as Template)).join(' | '));
  const pieces = new Set<string>();
  for (const key of LABEL_KEYS) {
    for (const text of texts(CATALOGUES.en[key])) {
      for (const raw of text.split(/\{[a-z][\w-]*\}/)) {
        const piece = squash(raw.replace(/^[\s·:,.()–—-]+|[\s·:,.()–—-]+$/g, ''));
        const words = piece.split(' ').filter(Boolean);
        if (words.length >= 2 || (words.length === 1 && piece.length >= 5 && /^[A-Za-z-]+$/.test(piece)))
          pieces.add(piece);
      }
    }
  }
  const word = (p: string) => new RegExp(`(^|[^\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');
  return [...pieces].filter((p) => !word(p).test(content) && !word(p).test(local));
}

describe('kits in the client’s language', () => {
  let content: string;
  let out: string;
  const real = realClients('pdftotext');
  const office = realClients('soffice', 'pdftotext');

  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'wk-i18n-content-'));
    out = mkdtempSync(join(tmpdir(), 'wk-i18n-out-'));
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    // A French client whose name holds every character XML escapes, and an en-US one on a morning that crosses noon.
    const german = readFileSync(join(content, 'clients', 'mueller-soehne.yaml'), 'utf8');
    writeFileSync(
      join(content, 'clients', 'dupont.yaml'),
      german
        .replace(/^name: .*$/m, `name: 'Dupont "Conseil" & Fils <Lyon> l''Atelier'`)
        .replace(/^lang: .*$/m, 'lang: fr-FR')
        .replace(/^labels:\n(?: {2}.*\n)+/m, '')
        .replace(/^location: .*$/m, 'location: 12 rue de la République, 69002 Lyon'),
    );
    writeFileSync(
      join(content, 'clients', 'acme-us.yaml'),
      german
        .replace(/^name: .*$/m, 'name: Acme & Co. “US”')
        .replace(/^lang: .*$/m, 'lang: en-US')
        .replace(/^start: .*$/m, 'start: "10:30"')
        .replace(/^labels:\n(?: {2}.*\n)+/m, ''),
    );
    // A Swedish client, in the words of a catalogue file of the content: the tool has none of its own for Swedish.
    mkdirSync(join(content, 'i18n'));
    writeFileSync(join(content, 'i18n', 'sv.yaml'), stringify(SWEDISH_STAND_IN));
    writeFileSync(
      join(content, 'clients', 'svensk.yaml'),
      german
        .replace(/^name: .*$/m, 'name: Svensk & Söner <Malmö>')
        .replace(/^lang: .*$/m, 'lang: sv-SE')
        .replace(/^labels:\n(?: {2}.*\n)+/m, ''),
    );
    const result = await build({ contentDir: content, outDir: out });
    expect(result.diagnostics).toEqual([]);
    expect(result.clients).toEqual(['acme-us', 'brightpath', 'dupont', 'mueller-soehne', 'northwind', 'svensk']);
  }, 60_000);

  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('every deck passes the schema validation', () => {
    for (const client of ['acme-us', 'dupont', 'mueller-soehne', 'svensk'])
      expect(validatePptx(new Uint8Array(readFileSync(join(out, client, 'deck.pptx')))), client).toEqual([]);
  });

  it.skipIf(!real)('the German and French kits hold none of the tool’s English words, and their own', () => {
    const authored = contentText(content);
    for (const [client, language, own] of [
      [
        'mueller-soehne',
        'de',
        [
          'Seite 1 von',
          'Ablaufplan',
          'Moderationsleitfaden',
          'Teilnehmerunterlagen',
          'Ihr Name',
          'Moderation:',
          'Lernziele',
        ],
      ],
      ['dupont', 'fr', ['Page 1 sur', 'Exercice 1', 'Guide de l’animateur', 'Objectifs', 'Merci']],
    ] as const) {
      const kit = kitText(out, client);
      const english = englishBuiltIns(language, authored);
      expect(english.length, language).toBeGreaterThan(40);
      expect(
        english.filter((p) =>
          new RegExp(`(^|[^\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu').test(kit),
        ),
        client,
      ).toEqual([]);
      for (const words of own) expect(kit, client).toContain(words);
    }
    // The check can fail: the English kit of the same content holds those words.
    const englishKit = kitText(out, 'northwind');
    expect(['Run sheet', 'Facilitator guide', 'Your name', 'Page 1 of'].every((w) => englishKit.includes(w))).toBe(
      true,
    );
  });

  it.skipIf(!real)('a client in a language of a catalogue file reads its words, its dates and its clock', () => {
    const kit = kitText(out, 'svensk');
    const english = englishBuiltIns(SWEDISH_STAND_IN, contentText(content));
    expect(english.length).toBeGreaterThan(40);
    expect(english.filter((p) => new RegExp(`(^|[^\\p{L}])${escaped(p)}($|[^\\p{L}])`, 'iu').test(kit))).toEqual([]);
    for (const words of ['Moderatorsö guideö', 'Körschemaö', 'Tackö']) expect(kit).toContain(words);
    // Dates as Intl writes Swedish, and every run of the deck marked Swedish.
    expect(kit).toMatch(/(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} [a-zåäö]+ \d{4}/);
    const deck = readFileSync(join(out, 'svensk', 'deck.pptx'));
    expect(unzipSync(new Uint8Array(deck))['ppt/slides/slide2.xml']).toBeDefined();
    const slide = strFromU8(unzipSync(new Uint8Array(deck))['ppt/slides/slide2.xml']!);
    expect(new Set(slide.match(/ lang="[^"]+"/g))).toEqual(new Set([' lang="sv-SE"']));
  });

  it.skipIf(!real)('an en-US client reads the run sheet, agenda, slides and notes on the twelve-hour clock', () => {
    const guide = squash(pdfPages(join(out, 'acme-us', 'facilitator-guide.pdf')).join('\n'));
    expect(guide).toContain('10:30 AM–2:00 PM');
    expect(guide).not.toMatch(/\b1[3-9]:\d\d\b/);
    const deck = join(out, 'acme-us', 'deck.pptx');
    expect(squash(slideTexts(deck)[1]!)).toContain('10:30 AM–2:00 PM');
    expect(slideNotes(deck).join(' ')).toMatch(/Planned: 1[01]:\d\d\u00A0AM/);
    expect([...slideTexts(deck), ...slideNotes(deck)].join(' ')).not.toMatch(/\b1[3-9]:\d\d\b/);
  });

  it('the client’s `labels` show on the slides, in the guide and on the worksheets', () => {
    const slides = slideTexts(join(out, 'mueller-soehne', 'deck.pptx'));
    expect(slides.at(-1)).toContain('Herzlichen Dank!');
    expect(slides.join('\n')).toContain('Übungsaufgabe 1');
    expect(slides.join('\n')).not.toMatch(/Übung \d/);
  });

  it.skipIf(!office)(
    'German and French decks of the bundled and the stress content have no word outside its box',
    async () => {
      const stress = mkdtempSync(join(tmpdir(), 'wk-i18n-stress-'));
      const stressOut = mkdtempSync(join(tmpdir(), 'wk-i18n-stress-out-'));
      try {
        cpSync(join(FIXTURES, 'stress'), stress, { recursive: true });
        for (const [client, lang] of [
          ['unicode', 'de-DE'],
          ['short', 'fr-FR'],
        ]) {
          const path = join(stress, 'clients', `${client}.yaml`);
          writeFileSync(path, `${readFileSync(path, 'utf8').replace(/^lang: .*\n/m, '')}\nlang: ${lang}\n`);
        }
        const result = await build({ contentDir: stress, outDir: stressOut });
        expect(result.diagnostics).toEqual([]);
        const decks = [
          join(out, 'mueller-soehne', 'deck.pptx'),
          join(out, 'dupont', 'deck.pptx'),
          join(stressOut, 'unicode', 'deck.pptx'),
          join(stressOut, 'short', 'deck.pptx'),
        ];
        for (const deck of decks) {
          const bytes = new Uint8Array(readFileSync(deck));
          expect(validatePptx(bytes), deck).toEqual([]);
          expect(overflowing(convert(bytes)), deck).toEqual([]);
        }
      } finally {
        rmSync(stress, { recursive: true, force: true });
        rmSync(stressOut, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

describe('documentation', () => {
  it('the content format lists every key with its English text (npm run docs:labels)', async () => {
    const { labelTable } = await import('../src/i18n/docs.js');
    const doc = readFileSync(join(ROOT, 'docs', 'content-format.md'), 'utf8');
    const table =
      /<!-- label table: generated from src\/i18n\/catalogues\/en\.ts[^\n]*-->\n([\s\S]*?)\n<!-- end of label table -->/.exec(
        doc,
      )?.[1];
    expect(table).toBe(labelTable());
    for (const key of LABEL_KEYS) expect(table).toContain(`| \`${key}\` |`);
  });
});
