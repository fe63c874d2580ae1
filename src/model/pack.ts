// The session pack's part of the deck model: who comes, what the certificates say, what the feedback form asks.
import type { Source } from './content.js';

/** Someone expected at the session, by name (from the client file's list, or a row of its CSV file). */
export interface Attendee {
  name: string;
  /** From a CSV file's organisation column, where it has one: printed on the sign-in sheet. */
  organisation?: string;
  source: Source;
}

/** A QR code's modules row by row, `1` dark and `0` light, without its quiet zone: every writer draws it as vector squares. */
export interface QrCode {
  /** What it encodes (the feedback address). */
  text: string;
  rows: string[];
}

/** The feedback form: statements rated on the scale, open questions, and the online form's address with its code. */
export interface FeedbackForm {
  ratings: string[];
  questions: string[];
  /** The scale's points from the lowest, in the kit's language ("Strongly disagree" … "Strongly agree"). */
  scale: string[];
  online?: { url: string; qr: QrCode };
}

export interface SessionPack {
  /** Named attendees in the order given; empty when the client names none. */
  attendees: Attendee[];
  /** Rows of the sign-in sheet at least: everyone expected (named or counted) and a few spares; the first page is filled in any case. */
  signInRows?: number;
  /** Blank certificates and name tents when no one is named: one a participant counted, else one to copy. */
  blankCopies: number;
  /** Printed feedback forms: one for everyone expected (named or counted), else one to copy. */
  forms: number;
  /** The session's planned length as a certificate states it ("3.5 hours"). */
  hours: string;
  /** The learning objectives of the client's modules, in running order, each once. */
  objectives: string[];
  feedback: FeedbackForm;
}
