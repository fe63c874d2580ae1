// Compose stage: one deck model per client, with all timing, numbering, merging and variable substitution done here.

import { normaliseImagePath } from '../content/image-path.js';
import type { ValidContent } from '../content/types.js';
import { substitute } from '../content/variables.js';
import type { Diagnostic } from '../diagnostics.js';
import { baseLanguage, type Locale, resolveLocale, say } from '../i18n/locale.js';
import type { DeckModel, GuideExercise, WorksheetSection } from '../model/deck.js';
import { checkTiming, implausiblePlan, moduleNeeds } from './agenda.js';
import { composeAgenda, type ModuleTimingInput } from './agenda-times.js';
import type { ClientPlan } from './client.js';
import { formatDate } from './dates.js';
import { composeExercise } from './exercises.js';
import { deckSlides } from './framing.js';
import { composeGuideModule, composeMaterials } from './guide.js';
import { composePack, type PackFacts } from './pack.js';
import { planSession, remainingDroppables } from './session.js';
import { composeModuleSlides } from './slides.js';
import { applyTemplate, templateFor } from './template.js';
import { composeTheme } from './theme.js';
import { curlyQuotes } from './typography.js';
import { variableValues } from './variables.js';

export interface ComposeOptions {
  /** Earlier stages found problems: run this stage's checks (timing, variables) but build no model. */
  checksOnly?: boolean;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); otherwise the client's date, otherwise a fixed date. */
  sourceDateEpoch?: number;
}

/** What a kit holds when the content does not say: everything but the session pack, which is asked for by name. */
const ALL_OUTPUTS = ['deck', 'slides', 'handouts', 'worksheets', 'guide'] as const;

/** Builds the deck model for one client plan, or the diagnostics that prevent it. */
export function composeDeck(
  content: ValidContent,
  plan: ClientPlan,
  options: ComposeOptions = {},
): { model?: DeckModel; diagnostics: Diagnostic[]; warnings?: Diagnostic[] } {
  const workshop = content.workshop.value;
  const lang = plan.client?.value.lang ?? workshop.lang;
  const locale = resolveLocale(
    lang,
    { ...workshop.labels, ...plan.client?.value.labels },
    content.catalogues.get(baseLanguage(lang)),
  );
  const dateText = formatDate(plan.info.date, lang);
  const values = variableValues(plan, workshop.title, workshop.subtitle, dateText);
  const moduleItems = plan.items.filter((i) => i.kind === 'module');
  const exercises = numberedExercises(content, plan, moduleItems, values);
  const needsOf = (moduleId: string) => moduleNeeds(content, plan, moduleId);
  const diagnostics = checkTiming(plan, needsOf);
  // A late start is only worked out on a running order that adds up.
  const planned = diagnostics.length === 0 ? planSession(content, plan, needsOf) : undefined;
  diagnostics.push(...(planned?.diagnostics ?? []));
  if (!planned || diagnostics.length > 0 || options.checksOnly) return { diagnostics };
  const { session } = planned;

  const t = (s: string) => curlyQuotes(substitute(s, values));
  const warnings: Diagnostic[] = implausiblePlan(plan, content);
  const modules = composeModules(content, plan, moduleItems, { values, exercises, locale, t }, warnings);
  const agenda = composeAgenda(plan.items, modules, session, remainingDroppables(content, plan, session, needsOf), {
    text: t,
    breakTitle: say(locale, 'break'),
  });
  const info = { ...clientInfo(plan, values), ...(dateText ? { dateText } : {}) };
  const theme = deckTheme(content, plan, locale, info.name, warnings);
  const title = t(workshop.title);
  const subtitle = workshop.subtitle ? t(workshop.subtitle) : undefined;
  const moduleSlides = [...modules.values()].flatMap((m) => m.slides);
  const feedback = plan.client?.value.feedback ?? workshop.feedback;
  const facts = { locale, agenda, info, theme, title, subtitle, ...(feedback ? { feedback } : {}), t };
  const slides = deckSlides(content, moduleSlides, facts);

  const ordered = [...exercises.values()].sort((a, b) => a.exercise.number - b.exercise.number);
  const worksheets: WorksheetSection[] = ordered.flatMap((e) =>
    e.worksheet ? [{ exercise: e.exercise, body: e.worksheet }] : [],
  );
  const participants = plan.client?.value.participants ?? workshop.participants;
  const outputs = [...new Set(plan.client?.value.outputs ?? workshop.outputs ?? ALL_OUTPUTS)] as DeckModel['outputs'];

  const model: DeckModel = {
    workshop: {
      title,
      ...(subtitle ? { subtitle } : {}),
      ...(workshop.audience ? { audience: t(workshop.audience) } : {}),
      minutes: plan.minutes,
    },
    client: info,
    theme,
    agenda,
    slides,
    worksheets,
    guide: deckGuide(locale, participants, modules, ordered, worksheets.length > 0, agenda),
    buildDate: buildDate(options.sourceDateEpoch, plan.info.date),
    locale,
    handouts: plan.client?.value.handouts ?? workshop.handouts ?? 2,
    slidesPdf: plan.client?.value['slides-pdf'] ?? workshop['slides-pdf'] ?? 'final',
    outputs,
    ...(outputs.includes('pack') ? { pack: composePack(content, plan, packFacts(modules, facts, plan.minutes)) } : {}),
  };
  return { model: deepFreeze(model), diagnostics, warnings };
}

/** What the session pack takes from the rest of the kit: the learning objectives of the client's modules, in running order. */
function packFacts(
  modules: ReadonlyMap<string, ComposedModule>,
  facts: Pick<PackFacts, 'locale' | 'feedback' | 't'>,
  minutes: number,
): PackFacts {
  const objectives = [...modules.values()].flatMap((m) => m.objectives);
  return {
    locale: facts.locale,
    minutes,
    objectives,
    ...(facts.feedback ? { feedback: facts.feedback } : {}),
    t: facts.t,
  };
}

/** The client's details with the content's variables in them. */
function clientInfo(plan: ClientPlan, values: Record<string, string>): ClientPlan['info'] {
  return {
    ...plan.info,
    ...(plan.info.name !== undefined ? { name: values['client.name']! } : {}),
    ...(plan.info.facilitator !== undefined ? { facilitator: values['client.facilitator']! } : {}),
    ...(plan.info.location !== undefined ? { location: values['client.location']! } : {}),
  };
}

/** The exercises the client's modules use, numbered in the order they first come. */
function numberedExercises(
  content: ValidContent,
  plan: ClientPlan,
  moduleItems: readonly ClientPlan['items'][number][],
  values: Record<string, string>,
): Map<string, GuideExercise> {
  const exercises = new Map<string, GuideExercise>();
  for (const item of moduleItems) {
    for (const use of plan.modules.get(item.id)?.directives ?? []) {
      const checked = use.name === 'exercise' ? content.exercises.get(use.id) : undefined;
      if (checked && !exercises.has(use.id))
        exercises.set(use.id, composeExercise(checked, exercises.size + 1, values, content.images));
    }
  }
  return exercises;
}

type ComposedModule = ModuleTimingInput & { objectives: string[]; materials: string[] };

/** Each module's slides, exercises, objectives and materials, its warnings added to `warnings`. */
function composeModules(
  content: ValidContent,
  plan: ClientPlan,
  moduleItems: readonly ClientPlan['items'][number][],
  use: {
    values: Record<string, string>;
    exercises: Map<string, GuideExercise>;
    locale: Locale;
    t: (s: string) => string;
  },
  warnings: Diagnostic[],
): Map<string, ComposedModule> {
  const modules = new Map<string, ComposedModule>();
  for (const item of moduleItems) {
    const module = plan.modules.get(item.id)!;
    const title = use.t(module.meta.title);
    const objectives = (module.meta.objectives ?? []).map(use.t);
    const {
      slides,
      exercises,
      warnings: slips,
    } = composeModuleSlides({
      module,
      title,
      objectives,
      values: use.values,
      images: content.images,
      comparisons: content.comparisons,
      styles: content.styles,
      exercises: use.exercises,
      locale: use.locale,
    });
    modules.set(item.id, { title, objectives, materials: (module.meta.materials ?? []).map(use.t), slides, exercises });
    warnings.push(...slips);
  }
  return modules;
}

/** The client's theme: the content's, branded, with the content's fonts, on the client's template where one is set. */
function deckTheme(
  content: ValidContent,
  plan: ClientPlan,
  locale: Locale,
  clientName: string | undefined,
  warnings: Diagnostic[],
): DeckModel['theme'] {
  const workshop = content.workshop.value;
  const branded = composeTheme(
    content.themes.get(plan.theme)!.value,
    plan.client?.value,
    content.images,
    clientName ? say(locale, 'client-logo', { client: clientName }) : say(locale, 'client-logo-unnamed'),
  );
  const template = templateFor(workshop, plan.client, content.workshop.source, content.templates);
  const fontFiles = [...new Set([...(workshop.fonts ?? []), ...(plan.client?.value.fonts ?? [])])].flatMap(
    (written) => {
      const file = content.fonts.get(normaliseImagePath(written).path ?? '');
      return file ? [file] : [];
    },
  );
  const themeFile = content.themes.get(plan.theme)!.source.file;
  const withFile = themeFile.startsWith('themes/') ? { ...branded, file: themeFile } : branded;
  const withFonts = fontFiles.length > 0 ? { ...withFile, fontFiles } : withFile;
  return template ? applyTemplate(withFonts, template, plan.client?.value.brand, warnings) : withFonts;
}

/** The facilitator's guide: what to bring, and each module of the agenda with its objectives, slides and exercises. */
function deckGuide(
  locale: Locale,
  participants: number | undefined,
  modules: ReadonlyMap<string, ComposedModule>,
  ordered: readonly GuideExercise[],
  hasWorksheets: boolean,
  agenda: DeckModel['agenda'],
): DeckModel['guide'] {
  return {
    materials: composeMaterials(locale, participants, [...modules.values()], ordered, hasWorksheets),
    modules: agenda.items.flatMap((item) => {
      const m = item.kind === 'module' ? modules.get(item.id) : undefined;
      return m ? [composeGuideModule(item, m.objectives, m.slides, m.exercises)] : [];
    }),
  };
}

function buildDate(epoch: number | undefined, date: string | undefined): string {
  if (epoch !== undefined && Number.isFinite(epoch)) return new Date(epoch * 1000).toISOString();
  if (date) return `${date}T00:00:00.000Z`;
  return '2026-01-01T00:00:00.000Z';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Uint8Array)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
