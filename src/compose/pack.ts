// The session pack's model: who is expected (named or counted), what a certificate states, what the feedback form asks.
import { normaliseImagePath } from '../content/image-path.js';
import type { ValidContent } from '../content/types.js';
import { type LabelKey, type Locale, say } from '../i18n/locale.js';
import type { Attendee, FeedbackForm, SessionPack } from '../model/pack.js';
import type { ClientPlan } from './client.js';
import { qrCode } from './qr.js';

export interface PackFacts {
  locale: Locale;
  /** The planned minutes, breaks included. */
  minutes: number;
  /** The learning objectives of the client's modules in running order, variables substituted. */
  objectives: readonly string[];
  /** The feedback address (the client's, else the workshop's). */
  feedback?: string;
  t: (s: string) => string;
}

/** The pack for one client: its attendees, sign-in rows, certificates' facts and feedback form. */
export function composePack(content: ValidContent, plan: ClientPlan, facts: PackFacts): SessionPack {
  const { locale } = facts;
  const workshop = content.workshop.value;
  const client = plan.client?.value;
  const attendees = attendeesOf(content, plan);
  const counted = client?.participants ?? workshop.participants;
  const expected = Math.max(attendees.length, counted ?? 0);
  // People come unannounced; a larger group brings more of them.
  const spares = expected > 0 ? Math.max(3, Math.ceil(expected * 0.1)) : 0;
  const form = { ...workshop['feedback-form'], ...client?.['feedback-form'] };
  const feedback: FeedbackForm = {
    ratings: form.ratings?.map(facts.t) ?? numbered(locale, 'feedback-rating', 4),
    questions: form.questions?.map(facts.t) ?? numbered(locale, 'feedback-question', 3),
    scale: numbered(locale, 'feedback-scale', 5),
    ...(facts.feedback ? { online: { url: facts.feedback, qr: qrCode(facts.feedback) } } : {}),
  };
  return {
    attendees,
    ...(expected > 0 ? { signInRows: expected + spares } : {}),
    blankCopies: attendees.length > 0 ? 0 : (counted ?? 1),
    forms: Math.max(1, expected),
    hours: hoursText(locale, facts.minutes),
    objectives: [...new Set(facts.objectives)],
    feedback,
  };
}

/** The client's attendees: its list of names, or the rows of the CSV file it names (read and checked by validate). */
function attendeesOf(content: ValidContent, plan: ClientPlan): Attendee[] {
  const client = plan.client;
  const written = client?.value.attendees;
  if (!client || written === undefined) return [];
  if (typeof written === 'string') return content.attendees.get(normaliseImagePath(written).path ?? '') ?? [];
  return written.map((name, i) => ({ name, source: client.source.locate(['attendees', i]) }));
}

/** Entries `prefix-1` … `prefix-n` of the kit's words. */
function numbered(locale: Locale, prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => say(locale, `${prefix}-${i + 1}` as LabelKey));
}

/** "2.25 hours", "3,5 Stunden": the planned length in hours, as the locale writes a number. */
export function hoursText(locale: Locale, minutes: number): string {
  const n = Math.round((minutes / 60) * 100) / 100;
  const hours = numberFormat(locale).format(n);
  return say(locale, 'hours-long', { n, hours });
}

/** The locale's number format; a tag Intl does not know (the schema admits any well-formed one) falls back to its language's. */
function numberFormat(locale: Locale): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale.tag, { maximumFractionDigits: 2 });
  } catch {
    return new Intl.NumberFormat(locale.language, { maximumFractionDigits: 2 });
  }
}
