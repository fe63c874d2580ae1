// linebreak (UAX #14, pdfkit's own line breaker) ships no types; the slice used here.
declare module 'linebreak' {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
