// The kit speaks the client's language: every catalogue is complete, German, French, Portuguese, Italian and Polish
// kits hold none of the tool's English words, en-US reads a twelve-hour clock, `labels` overrides show, and nothing
// overflows.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  type LabelKey,
  placeholdersOf,
  resolveLocale,
  say,
  type Template,
  textsOf,
} from '../src/i18n/locale.js';
import { VARIANTS } from '../src/i18n/regions.js';
import { pdfPages, slideNotes, slideTexts, squash } from './support/artefacts.js';
import { FIXTURES } from './support/fixtures.js';
import { contentText, foreignPieces, holds, kitText } from './support/kit-words.js';
import { NEW_LANGUAGES } from './support/language-clients.js';
import { expectFormsFit } from './support/plural-forms.js';
import { convert, overflowing } from './support/pptx-overflow.js';
import { validatePptx } from './support/pptx-validate.js';
import { realClients } from './support/tools.js';

const ROOT = join(import.meta.dirname, '..');

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
  it('every language has every key English has, no other, with the same placeholders and its own plural forms', () => {
    for (const language of LANGUAGES) {
      const catalogue = CATALOGUES[language] as Record<string, Template>;
      expect(Object.keys(catalogue).sort(), language).toEqual([...LABEL_KEYS].sort());
      for (const key of LABEL_KEYS) {
        expect([...placeholdersOf(catalogue[key]!)].sort(), `${language} ${key}`).toEqual(
          [...placeholdersOf(CATALOGUES.en[key])].sort(),
        );
        expectFormsFit(language, key, catalogue[key]!);
        for (const text of textsOf(catalogue[key]!))
          expect(text.trim().length, `${language} ${key}`).toBeGreaterThan(0);
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
    for (const c of NEW_LANGUAGES)
      writeFileSync(
        join(content, 'clients', `${c.client}.yaml`),
        german
          .replace(/^name: .*$/m, `name: ${c.name}`)
          .replace(/^lang: .*$/m, `lang: ${c.lang}`)
          .replace(/^labels:\n(?: {2}.*\n)+/m, '')
          .replace(/^location: .*$/m, `location: ${c.location}`),
      );
    // A quotation in the speaker notes, which the tool sets in the language's quotation marks.
    const wrapUp = join(content, 'modules', 'wrap-up.md');
    writeFileSync(
      wrapUp,
      readFileSync(wrapUp, 'utf8').replace(
        'Let the quote sit for a moment',
        '> Managers & leaders <both> "count".\n\nLet the quote sit for a moment',
      ),
    );
    const result = await build({ contentDir: content, outDir: out });
    expect(result.diagnostics).toEqual([]);
    expect(result.clients).toEqual(
      [
        'acme-us',
        'brightpath',
        'dupont',
        'mueller-soehne',
        'northwind',
        'svensk',
        'tel-aviv',
        ...NEW_LANGUAGES.map((c) => c.client),
      ].sort(),
    );
  }, 120_000);

  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('every deck passes the schema validation', () => {
    for (const client of ['acme-us', 'dupont', 'mueller-soehne', 'svensk', ...NEW_LANGUAGES.map((c) => c.client)])
      expect(validatePptx(new Uint8Array(readFileSync(join(out, client, 'deck.pptx')))), client).toEqual([]);
  });

  it.skipIf(!real)(
    'the German, French, Portuguese, Italian and Polish kits hold none of the tool’s English words, and their own',
    () => {
      const authored = contentText(content);
      for (const [client, lang, own] of [
        [
          'mueller-soehne',
          'de-DE',
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
        ['dupont', 'fr-FR', ['Page 1 sur', 'Exercice 1', 'Guide de l’animateur', 'Objectifs', 'Merci']],
        ...NEW_LANGUAGES.map((c) => [c.client, c.lang, c.own] as const),
      ] as const) {
        const kit = kitText(out, client);
        const english = foreignPieces(CATALOGUES.en, resolveLocale(lang).words, authored);
        expect(english.length, lang).toBeGreaterThan(40);
        expect(
          english.filter((p) => holds(kit, p)),
          client,
        ).toEqual([]);
        for (const words of own) expect(kit, client).toContain(words);
      }
      // The check can fail: the English kit of the same content holds those words.
      const englishKit = kitText(out, 'northwind');
      expect(['Run sheet', 'Facilitator guide', 'Your name', 'Page 1 of'].every((w) => englishKit.includes(w))).toBe(
        true,
      );
    },
  );

  it.skipIf(!real)('a client in a language of a catalogue file reads its words, its dates and its clock', () => {
    const kit = kitText(out, 'svensk');
    const english = foreignPieces(CATALOGUES.en, SWEDISH_STAND_IN, contentText(content));
    expect(english.length).toBeGreaterThan(40);
    expect(english.filter((p) => holds(kit, p))).toEqual([]);
    for (const words of ['Moderatorsö guideö', 'Körschemaö', 'Tackö']) expect(kit).toContain(words);
    // Dates as Intl writes Swedish, and every run of the deck marked Swedish.
    expect(kit).toMatch(/(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag) \d{1,2} [a-zåäö]+ \d{4}/);
    const deck = readFileSync(join(out, 'svensk', 'deck.pptx'));
    expect(unzipSync(new Uint8Array(deck))['ppt/slides/slide2.xml']).toBeDefined();
    const slide = strFromU8(unzipSync(new Uint8Array(deck))['ppt/slides/slide2.xml']!);
    expect(new Set(slide.match(/ lang="[^"]+"/g))).toEqual(new Set([' lang="sv-SE"']));
  });

  it.skipIf(!real)('a Portugal kit reads none of Brazil’s own words, and a Brazil kit none of Portugal’s', () => {
    const authored = contentText(content);
    const brazil = resolveLocale('pt-BR').words;
    const portugal = resolveLocale('pt-PT').words;
    const differing = (words: typeof brazil) =>
      Object.fromEntries(Object.keys(VARIANTS['pt-PT']).map((k) => [k, words[k as LabelKey]]));
    for (const [client, other, own] of [
      ['lisboa', differing(brazil), portugal],
      ['paulista', differing(portugal), brazil],
    ] as const) {
      const pieces = foreignPieces(other, own, authored);
      expect(pieces.length, client).toBeGreaterThan(15);
      const kit = kitText(out, client);
      expect(
        pieces.filter((p) => holds(kit, p)),
        client,
      ).toEqual([]);
    }
  });

  it.skipIf(!real)('Portuguese, Italian and Polish kits count, date, quote and tag runs as the language does', () => {
    const guide = (client: string) => squash(pdfPages(join(out, client, 'facilitator-guide.pdf')).join('\n'));
    const notes = (client: string) => slideNotes(join(out, client, 'deck.pptx')).join('\n');
    const cases = [
      [
        'lodz',
        'wtorek, 9 lutego 2027',
        'Uczestnicy wpisują „Start”, „Stop” i „Continue” w 3 wierszach',
        // The quotation marks typed inside are the content’s own, set as the content’s typography sets them.
        '„Managers & leaders <both> “count”.”',
      ],
      [
        'torino',
        'martedì 9 febbraio 2027',
        'compilano «Start», «Stop» e «Continue» in 3 righe',
        '«Managers & leaders <both> “count”.»',
      ],
      [
        'lisboa',
        'terça-feira, 9 de fevereiro de 2027',
        'preenchem «Start», «Stop» e «Continue» em 3 linhas',
        '«Managers & leaders <both> “count”.»',
      ],
      [
        'paulista',
        'terça-feira, 9 de fevereiro de 2027',
        'preenchem “Start”, “Stop” e “Continue” em 3 linhas',
        '“Managers & leaders <both> “count”.”',
      ],
    ] as const;
    for (const [client, date, fillIn, quote] of cases) {
      const text = guide(client);
      for (const words of [date, fillIn, '09:00–12:30']) expect(text, client).toContain(words);
      expect(text, client).not.toMatch(/\b\d{1,2}:\d\d\s?[AP]M\b/);
      expect(notes(client), client).toContain(quote);
      const slide = strFromU8(
        unzipSync(new Uint8Array(readFileSync(join(out, client, 'deck.pptx'))))['ppt/slides/slide2.xml']!,
      );
      const lang = NEW_LANGUAGES.find((c) => c.client === client)!.lang;
      expect(new Set(slide.match(/ lang="[^"]+"/g)), client).toEqual(new Set([` lang="${lang}"`]));
    }
    // Polish agrees with the number: one break, six modules (many), in the run sheet and on the guide's cover.
    expect(guide('lodz')).toContain('6 modułów, 1 przerwa');
    expect(guide('lodz')).toContain('1 przerwa (15 min)');
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
    'German, French, Portuguese and Polish decks of the bundled and the stress content have no word outside its box',
    async () => {
      const stress = mkdtempSync(join(tmpdir(), 'wk-i18n-stress-'));
      const stressOut = mkdtempSync(join(tmpdir(), 'wk-i18n-stress-out-'));
      try {
        cpSync(join(FIXTURES, 'stress'), stress, { recursive: true });
        // The stress clients as they are, and the Unicode one again in Polish: long words in narrow boxes.
        const clients = join(stress, 'clients');
        writeFileSync(join(clients, 'unicode-pl.yaml'), readFileSync(join(clients, 'unicode.yaml')));
        for (const [client, lang] of [
          ['unicode', 'de-DE'],
          ['short', 'fr-FR'],
          ['unicode-pl', 'pl-PL'],
        ]) {
          const path = join(clients, `${client}.yaml`);
          writeFileSync(path, `${readFileSync(path, 'utf8').replace(/^lang: .*\n/m, '')}\nlang: ${lang}\n`);
        }
        const result = await build({ contentDir: stress, outDir: stressOut });
        expect(result.diagnostics).toEqual([]);
        const decks = [
          join(out, 'mueller-soehne', 'deck.pptx'),
          join(out, 'dupont', 'deck.pptx'),
          join(out, 'lodz', 'deck.pptx'),
          join(out, 'lisboa', 'deck.pptx'),
          join(out, 'paulista', 'deck.pptx'),
          join(stressOut, 'unicode', 'deck.pptx'),
          join(stressOut, 'short', 'deck.pptx'),
          join(stressOut, 'unicode-pl', 'deck.pptx'),
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
    300_000,
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
