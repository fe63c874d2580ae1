// A region's own words over its language's (Portugal's Portuguese over Brazil's), counts in as many forms as the
// language has (Polish "2 przerwy", "5 przerw"), and the quotation marks the tool sets, as each language prints them.
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  type Catalogue,
  clockSpan,
  exerciseNumber,
  LABEL_KEYS,
  type LabelKey,
  listOf,
  placeholdersOf,
  quoted,
  resolveLocale,
  say,
  type Template,
} from '../src/i18n/locale.js';
import { baseLanguage, VARIANTS, variantOf } from '../src/i18n/regions.js';
import { expectFormsFit } from './support/plural-forms.js';

describe('regional variants', () => {
  it('hold only entries their region writes otherwise, with English’s placeholders and the region’s plural forms', () => {
    for (const [tag, words] of Object.entries(VARIANTS)) {
      const base = CATALOGUES[baseLanguage(tag) as keyof typeof CATALOGUES] as Catalogue;
      const entries = Object.entries(words) as [LabelKey, Template][];
      expect(entries.length, tag).toBeGreaterThan(10);
      for (const [key, template] of entries) {
        expect(LABEL_KEYS, tag).toContain(key);
        expect(template, `${tag} ${key} is written as ${baseLanguage(tag)} writes it`).not.toEqual(base[key]);
        expect([...placeholdersOf(template)].sort(), `${tag} ${key}`).toEqual(
          [...placeholdersOf(CATALOGUES.en[key])].sort(),
        );
        expectFormsFit(tag, key, template);
      }
    }
  });

  it('serve Portugal and the regions that write as it does; pt alone and Brazil read Brazil’s words', () => {
    for (const tag of ['pt-PT', 'pt-AO', 'pt-MZ', 'PT-pt', 'pt-Latn-PT'])
      expect([tag, say(resolveLocale(tag), 'run-sheet')]).toEqual([tag, 'Plano da sessão']);
    for (const tag of ['pt', 'pt-BR', 'pt-US'])
      expect([tag, say(resolveLocale(tag), 'run-sheet')]).toEqual([tag, 'Cronograma']);
    expect(variantOf('es-PT')).toBeUndefined();
    // Words both write alike come from the language's catalogue.
    expect(say(resolveLocale('pt-PT'), 'page-of', { page: 2, pages: 9 })).toBe('Página 2 de 9');
  });

  it('yield to `labels`, and a catalogue file for the language replaces them with the rest', () => {
    expect(say(resolveLocale('pt-PT', { 'run-sheet': 'Alinhamento' }), 'run-sheet')).toBe('Alinhamento');
    const file = { file: 'i18n/pt.yaml', words: { ...CATALOGUES.en, 'run-sheet': 'Roteiro' } };
    const locale = resolveLocale('pt-PT', {}, file);
    expect([say(locale, 'run-sheet'), say(locale, 'guide-title')]).toEqual(['Roteiro', 'Facilitator guide']);
  });
});

describe('counting', () => {
  it('Polish takes one form for 1, another for 2–4 (22–24…) and another for 5–21 and 0', () => {
    const pl = resolveLocale('pl-PL');
    const breaks = [0, 1, 2, 4, 5, 12, 21, 22, 25, 104].map((n) => say(pl, 'breaks-count', { n }));
    expect(breaks).toEqual([
      '0 przerw',
      '1 przerwa',
      '2 przerwy',
      '4 przerwy',
      '5 przerw',
      '12 przerw',
      '21 przerw',
      '22 przerwy',
      '25 przerw',
      '104 przerwy',
    ]);
    expect(say(pl, 'minutes-long', { n: 3 })).toBe('3\u00A0minuty');
    expect(say(pl, 'agenda-with-breaks', { span: 'S', duration: 'D', n: 5 })).toBe('S  ·  D, w\u00A0tym 5 przerw');
  });

  it('Portuguese counts 0 as Brazil and Portugal each do; a form an entry leaves out reads as `other`', () => {
    expect(say(resolveLocale('pt-PT'), 'modules-count', { n: 0 })).toBe('0 módulos');
    expect(say(resolveLocale('pt-BR'), 'modules-count', { n: 0 })).toBe('0 módulo');
    const plain = resolveLocale('pl-PL', { 'breaks-count': { one: '{n} przerwa', other: '{n} przerw(y)' } });
    expect(say(plain, 'breaks-count', { n: 3 })).toBe('3 przerw(y)');
  });
});

describe('quotation marks', () => {
  it('are the language’s own where the tool quotes; the other languages keep the English marks', () => {
    const marks = ['pl-PL', 'it-IT', 'pt-PT', 'pt-AO', 'pt-BR', 'de-DE', 'en-GB', 'sv-SE'].map((tag) =>
      quoted(resolveLocale(tag), 'Start & <Stop> "go"'),
    );
    expect(marks).toEqual([
      '„Start & <Stop> "go"”',
      '«Start & <Stop> "go"»',
      '«Start & <Stop> "go"»',
      '«Start & <Stop> "go"»',
      '“Start & <Stop> "go"”',
      '“Start & <Stop> "go"”',
      '“Start & <Stop> "go"”',
      '“Start & <Stop> "go"”',
    ]);
  });

  it('are 「…」 in Traditional Chinese (Taiwan, Hong Kong, Macao, zh-Hant), “…” in Simplified Chinese and Korean', () => {
    const marks = ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-HK', 'zh-Hans-HK', 'zh-CN', 'zh-SG', 'ko-KR'].map((tag) =>
      quoted(resolveLocale(tag), '講師 & <Stop> "go"'),
    );
    expect(marks).toEqual([...Array(4).fill('「講師 & <Stop> "go"」'), ...Array(4).fill('“講師 & <Stop> "go"”')]);
  });
});

describe('Chinese scripts', () => {
  it('read Traditional Chinese tags in zh-Hant, Taiwan’s words, and the others in Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'ZH-tw'])
      expect([tag, say(resolveLocale(tag), 'slide', { n: 3 })]).toEqual([tag, '投影片3']);
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-TW'])
      expect([tag, say(resolveLocale(tag), 'slide', { n: 3 })]).toEqual([tag, '幻灯片3']);
    // A content's own i18n/zh.yaml still replaces both.
    const file = { file: 'i18n/zh.yaml', words: { ...CATALOGUES.zh, slide: '第{n}張' } as Catalogue };
    expect(say(resolveLocale('zh-TW', {}, file), 'slide', { n: 3 })).toBe('第3張');
  });

  it('Korean counts against its counters and numbers after a space; lists join with 및', () => {
    const ko = resolveLocale('ko-KR');
    expect([say(ko, 'modules-count', { n: 1 }), say(ko, 'breaks-count', { n: 2 }), exerciseNumber(ko, 3)]).toEqual([
      '모듈 1개',
      '휴식 2회',
      '실습 3',
    ]);
    expect(listOf(ko, ['1', '3', '5'])).toBe('1, 3 및 5');
    expect(clockSpan(ko, '09:00', '13:30')).toBe('09:00–13:30');
    expect(listOf(resolveLocale('zh-TW'), ['1', '3', '5'])).toBe('1、3及5');
  });
});

describe('speaker notes', () => {
  it('name a picture shown in the notes in the kit’s language', async () => {
    const { notesText } = await import('../src/render/pptx/notes.js');
    const image = { kind: 'image', image: { alt: 'Kotter’s <8> steps & "more"' } } as unknown as Parameters<
      typeof notesText
    >[0][number];
    expect(notesText([image], resolveLocale('en-GB'))).toBe('[Picture: Kotter’s <8> steps & "more"]');
    expect(notesText([image], resolveLocale('de-DE'))).toBe('[Bild: Kotter’s <8> steps & "more"]');
    expect(notesText([image], resolveLocale('ja-JP'))).toBe('［画像：Kotter’s <8> steps & "more"］');
  });
});

describe('Hebrew and Arabic', () => {
  it('count in the forms each language takes: Hebrew one, two, other; Arabic zero, one, two, few, many, other', () => {
    const he = resolveLocale('he-IL');
    expect([1, 2, 3, 11, 100].map((n) => say(he, 'breaks-count', { n }))).toEqual([
      'הפסקה אחת',
      'שתי הפסקות',
      '3 הפסקות',
      '11 הפסקות',
      '100 הפסקות',
    ]);
    const ar = resolveLocale('ar-AE');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map((n) => say(ar, 'minutes-long', { n }))).toEqual([
      '0 دقيقة',
      'دقيقة واحدة',
      'دقيقتان',
      '3 دقائق',
      '10 دقائق',
      '11 دقيقة',
      '99 دقيقة',
      '100 دقيقة',
      '102 دقيقة',
      '103 دقائق',
    ]);
  });

  it('write numbers, times and dates in the region’s digits, as CLDR has them, and dates in the Gregorian calendar', async () => {
    const { formatDate } = await import('../src/compose/dates.js');
    const fill = (tag: string) => {
      const l = resolveLocale(tag);
      return [
        clockSpan(l, '09:00', '12:30'),
        say(l, 'page-of', { page: 3, pages: 12 }),
        exerciseNumber(l, 4),
        formatDate('2027-02-09', tag),
      ];
    };
    // The Emirates write 0–9, Saudi Arabia and Egypt the Arabic-Indic digits: every number of one kit alike.
    expect(fill('ar-AE')).toEqual([
      '9:00\u00A0ص–12:30\u00A0م',
      'الصفحة 3 من 12',
      'التمرين 4',
      'الثلاثاء، 9 فبراير 2027',
    ]);
    expect(fill('ar-SA')).toEqual([
      '٩:٠٠\u00A0ص–١٢:٣٠\u00A0م',
      'الصفحة ٣ من ١٢',
      'التمرين ٤',
      'الثلاثاء، ٩ فبراير ٢٠٢٧',
    ]);
    expect(fill('ar-EG')[1]).toBe('الصفحة ٣ من ١٢');
    // Morocco reads 24 hours; a tag may ask for other digits, or for the Hijri calendar.
    expect(fill('ar-MA')[0]).toBe('9:00–12:30');
    expect(fill('ar-SA-u-nu-latn')).toEqual(fill('ar-AE'));
    expect(formatDate('2027-02-09', 'ar-SA-u-ca-islamic-umalqura')).toBe('الثلاثاء، ٢ رمضان ١٤٤٨ هـ');
    // Hebrew: the 24-hour clock the other built-in languages print, Intl's Hebrew date.
    expect(fill('he-IL')).toEqual(['09:00–12:30', 'עמוד 3 מתוך 12', 'תרגיל 4', 'יום שלישי, 9 בפברואר 2027']);
    expect(fill('iw-IL')[2]).toBe('תרגיל 4');
  });

  it('join lists with the Arabic comma and و, in Hebrew with ו, by a maqaf before a number or a Latin word', () => {
    expect(listOf(resolveLocale('ar-AE'), ['1', '3', '5'])).toBe('1، 3 و5');
    expect(listOf(resolveLocale('he-IL'), ['1', '3', '5'])).toBe('1, 3 ו־5');
    expect(listOf(resolveLocale('he-IL'), ['פתיחה', 'סיכום'])).toBe('פתיחה וסיכום');
    expect(listOf(resolveLocale('he-IL'), ['"Start"', '"Stop"'])).toBe('"Start" ו"Stop"');
    // A house style's own "and" is taken as written.
    expect(listOf(resolveLocale('he-IL', { 'list-and': '{list} וגם {last}' }), ['1', '5'])).toBe('1 וגם 5');
  });

  it('quote in «…» in Arabic and "…" in Hebrew', () => {
    expect(quoted(resolveLocale('ar-SA'), 'ابدأ & <قف>')).toBe('«ابدأ & <قف>»');
    expect(quoted(resolveLocale('he-IL'), 'התחלה & <עצירה>')).toBe('"התחלה & <עצירה>"');
  });
});
