// A deck workshop-kit built (its package says so: docProps/app.xml's Application) comes back as the workshop it was
// built from, as far as the deck shows it: the cover gives the title, subtitle and client; the agenda the modules,
// their minutes and the breaks; each slide's progress marker its module; each divider its objectives; the notes'
// "Planned: 09:18" lines each slide's minutes; the closing slide its line. What the build makes again (the cover,
// agenda, closing slide, footers, planned times) is not written, so the rebuilt deck carries the same lines.

import { type Locale, languageOf, resolveLocale, say } from '../i18n/locale.js';
import { asComparison } from './built-comparison.js';
import { agendaRows, CLOCK, clientOf, clockOf, minutesOf, type Row, SPAN } from './built-frame.js';
import { asStyles } from './built-styles.js';
import { Ids, slug } from './ids.js';
import type { OrderItem, Plan, PlannedModule, PlannedSlide, PlanOptions } from './plan.js';
import type { Block, ImportedDeck, ImportedSlide } from './types.js';

/** The plan of a deck workshop-kit built, or undefined where the deck does not read as one. */
export function planBuiltDeck(deck: ImportedDeck, options: PlanOptions): Plan | undefined {
  const lang = deck.language && languageOf(deck.language) ? deck.language : 'en-GB';
  const locale = resolveLocale(lang);
  const slides = mergedContinuations(
    deck.slides.filter((s) => !s.hidden),
    locale,
  );
  // Saved again by another program, the deck's layouts are that program's: the cover is the first slide, and a
  // module's opener the slide with the kit's time line over its title.
  const cover = slides[0]?.layoutType === 'title' || deck.resaved ? slides[0] : undefined;
  const agendaAt = slides.findIndex(
    (s) => s.titlePlain === say(locale, 'agenda') && s.blocks.some((b) => b.kind === 'table'),
  );
  const rows = agendaAt >= 0 ? agendaRows(slides[agendaAt]!) : [];
  const last = slides.at(-1);
  const finish = say(locale, 'notes-closing', { time: '\u0000' }).split('\u0000')[0]!;
  const closing = last && firstNote(last)?.startsWith(finish) ? last : undefined;
  const body = slides.filter((s) => s !== cover && s !== closing && s !== slides[agendaAt]);
  if (!cover || rows.length === 0) return undefined;
  const moduleRows = rows.filter((r) => !r.isBreak);
  const groups = moduleGroups(body, moduleRows.length);
  if (!groups) return undefined;
  const ids = new Ids(options.takenIds);
  const modules = moduleRows.map((row, i) => plannedModule(row, groups[i] ?? [], locale, ids, i));
  const styleIds = new Ids();
  const extra: Record<string, string> = {};
  for (const planned of modules.flatMap((m) => m.slides.filter((s) => !s.divider))) {
    const styles = asStyles(planned, locale, styleIds);
    if (styles) extra[`styles/${styles.id}.yaml`] = styles.yaml;
    else asComparison(planned, locale);
  }
  const order: OrderItem[] = [];
  let m = 0;
  for (const row of rows) {
    if (!row.isBreak) order.push({ module: modules[m++]!.id });
    else order.push({ break: row.minutes, ...(row.session !== say(locale, 'break') ? { title: row.session } : {}) });
  }
  const client = clientOf(cover, deck, locale);
  const closingLine = closing ? paragraphTexts(closing)[1] : undefined;
  const thanks =
    closing?.titlePlain && closing.titlePlain !== say(locale, 'thank-you') ? closing.titlePlain : undefined;
  return {
    title: cover.titlePlain ?? deck.title ?? options.fileName,
    ...(cover.subtitle ? { subtitle: cover.subtitle } : {}),
    start: rows[0]!.from,
    lang,
    ...(closingLine && closingLine !== say(locale, 'closing-line') ? { closing: closingLine } : {}),
    ...(thanks ? { labels: { 'thank-you': thanks } } : {}),
    modules,
    order,
    ...(client ? { client } : {}),
    hidden: deck.slides.filter((s) => s.hidden),
    losses: [],
    built: true,
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

/** A page the build continued ("Title (cont.)") joined to the slide it continues: one slide, as it was written. */
function mergedContinuations(slides: readonly ImportedSlide[], locale: Locale): ImportedSlide[] {
  const out: ImportedSlide[] = [];
  for (const slide of slides) {
    const before = out.at(-1);
    if (before?.titlePlain && slide.titlePlain === say(locale, 'continued-title', { title: before.titlePlain })) {
      out[out.length - 1] = {
        ...before,
        blocks: [...before.blocks, ...slide.blocks],
        counted: {
          paragraphs: before.counted.paragraphs + slide.counted.paragraphs,
          carried: before.counted.carried + slide.counted.carried,
        },
        losses: [...before.losses, ...slide.losses],
      };
    } else out.push(slide);
  }
  return out;
}

/** Slides by module, in running order: a slide's progress marker ("3 · Title") names its module; a divider opens the next. */
function moduleGroups(body: readonly ImportedSlide[], count: number): ImportedSlide[][] | undefined {
  const groups: ImportedSlide[][] = Array.from({ length: count }, () => []);
  let pending: ImportedSlide[] = [];
  let current = 0;
  for (const slide of body) {
    const n = Number(/^(\d+)\s*·/.exec(slide.progress ?? '')?.[1]);
    if (!slide.progress) {
      pending.push(slide);
      continue;
    }
    if (!Number.isInteger(n) || n < 1 || n > count || n - 1 < current) return undefined;
    current = n - 1;
    groups[current]!.push(...pending, slide);
    pending = [];
  }
  if (pending.length) groups[current]!.push(...pending);
  return groups;
}

function plannedModule(row: Row, slides: readonly ImportedSlide[], locale: Locale, ids: Ids, i: number): PlannedModule {
  const planned: PlannedSlide[] = [];
  let objectives: string[] | undefined;
  const times = slides.map((s) => plannedTime(s, locale));
  const end = minutesOf(row.to) + (row.to < row.from ? 24 * 60 : 0);
  slides.forEach((slide, k) => {
    const divider = slide.layoutType === 'secHead' || !!slide.kitLines?.some((k) => k.line === 'time');
    const kept = divider ? dividerContent(slide, locale) : { slide, objectives: undefined };
    objectives ??= kept.objectives;
    const start = times[k];
    const next = times.slice(k + 1).find((t) => t !== undefined);
    const minutes = start === undefined || divider ? 0 : (next ?? end) - start;
    planned.push({ slide: withoutPlanned(kept.slide, locale), divider, ...(minutes > 0 ? { minutes } : {}) });
  });
  return {
    id: ids.next(slug(row.session, `module-${i + 1}`)),
    title: row.session,
    minutes: row.minutes,
    guessed: false,
    ...(objectives ? { objectives } : {}),
    slides: planned,
  };
}

/** The minute of the day a slide's notes plan it for ("Planned: 09:18"). */
function plannedTime(slide: ImportedSlide, locale: Locale): number | undefined {
  const [before, after] = say(locale, 'notes-planned', { time: '\u0000' }).split('\u0000') as [string, string];
  const note = firstNote(slide);
  if (!note?.startsWith(before) || !note.endsWith(after)) return undefined;
  const clock = new RegExp(`^${CLOCK}$`).exec(note.slice(before.length, note.length - after.length).trim());
  if (!clock) return undefined;
  const minutes = minutesOf(clockOf(clock[1]!, clock[2]!, clock[3]));
  return minutes;
}

/** The slide without its "Planned:" line, which the build writes again. */
function withoutPlanned(slide: ImportedSlide, locale: Locale): ImportedSlide {
  if (plannedTime(slide, locale) === undefined) return slide;
  // Under it the build writes the slide's minutes ("Budget: 3 min"), which the minutes it is given bring back.
  const [before, after] = say(locale, 'notes-budget', { n: '\u0000' }).split('\u0000') as [string, string];
  const budget = new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`);
  const second = slide.notes[1];
  const drop = second?.kind === 'paragraphs' && budget.test(second.paragraphs[0]?.plain ?? '') ? 2 : 1;
  return { ...slide, notes: slide.notes.slice(drop) };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A divider's own content: its time line (the build's) and objectives (the module's front matter) taken off. */
function dividerContent(slide: ImportedSlide, locale: Locale): { slide: ImportedSlide; objectives?: string[] } {
  // Where the kit's time line was known by its place (kit-furniture.ts), it is out already: a line of the body is kept.
  const timeOut = slide.kitLines?.some((k) => k.line === 'time');
  const blocks = slide.blocks.filter(
    (b) =>
      timeOut ||
      !(
        b.kind === 'paragraphs' &&
        b.paragraphs.length === 1 &&
        /·/.test(b.paragraphs[0]!.plain) &&
        SPAN.test(b.paragraphs[0]!.plain.split('·')[0]!.trim())
      ),
  );
  const at = blocks.findIndex((b) => b.kind === 'paragraphs' && b.paragraphs[0]?.plain === say(locale, 'objectives'));
  if (at < 0) return { slide: { ...slide, blocks } };
  const block = blocks[at] as Extract<Block, { kind: 'paragraphs' }>;
  const objectives = block.paragraphs.slice(1).map((p) => p.plain);
  return { slide: { ...slide, blocks: blocks.filter((_, k) => k !== at) }, objectives };
}

function firstNote(slide: ImportedSlide): string | undefined {
  const block = slide.notes[0];
  return block?.kind === 'paragraphs' ? block.paragraphs[0]?.plain : undefined;
}

function paragraphTexts(slide: ImportedSlide): string[] {
  return slide.blocks.flatMap((b) => (b.kind === 'paragraphs' ? b.paragraphs.map((p) => p.plain) : []));
}
