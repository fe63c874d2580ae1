// Builds an edited copy of the base fixture into a schema-valid deck and reads its slides' shapes back from the XML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { Measure } from '../../src/text/measure.js';
import { decodeXml } from './artefacts.js';
import { buildEdited } from './edited-build.js';
import { withInheritedFrames } from './inherited-frames.js';

/** Text measured as the built-in theme measures it (Arial's metrics for heading and body). */
const arial = new Measure();

/** Text every test that builds content puts through it: XML's special characters and non-Latin letters. */
export const HOSTILE = `Tom & Jerry <Ltd> "Q" 'R' Ελλάδα Київ`;
const EMU = 914_400;
const EMU_PER_PT = 12_700;

export type SlideXml = { name: string; xml: string };

/** Builds the base fixture with `edits` for the client acme, checks the deck against the schemas, and hands it to `check`. */
export async function buildDeck<T>(
  edits: Record<string, (text: string) => string>,
  check: (deck: string) => T | Promise<T>,
): Promise<T> {
  return buildEdited(edits, ['--client', 'acme'], (out) => check(join(out, 'acme', 'deck.pptx')));
}

/** The deck's slide parts in slide order. */
export function slidesOf(pptx: string): SlideXml[] {
  const files = unzipSync(readFileSync(pptx));
  return Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((name) => ({ name, xml: withInheritedFrames(files, name, strFromU8(files[name]!)) }));
}

/** The text of a shape (or any XML), its runs joined. */
export const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join('');

/** One shape of a slide: its frame in inches, its insets in points, its runs with their sizes. */
export interface Shape {
  xml: string;
  text: string;
  placeholder?: string;
  /** The shape has a fill of its own (a tile, a card, a panel), not only coloured text. */
  filled: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
  inset: { l: number; r: number; t: number; b: number };
  runs: { text: string; sizePt: number; bold: boolean }[];
}

export function shapesOf(slide: SlideXml): Shape[] {
  return slide.xml
    .split('<p:sp>')
    .slice(1)
    .map((xml) => {
      const [x, y, w, h] = (
        /<a:off x="(-?\d+)" y="(-?\d+)"\/><a:ext cx="(-?\d+)" cy="(-?\d+)"/.exec(xml)?.slice(1) ?? ['0', '0', '0', '0']
      ).map((v) => Number(v) / EMU) as [number, number, number, number];
      const ins = (side: string) => Number(new RegExp(`\\b${side}Ins="(\\d+)"`).exec(xml)?.[1] ?? 91_440) / EMU_PER_PT;
      const runs = [...xml.matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((m) => ({
        text: decodeXml(m[2]!),
        sizePt: Number(/\ssz="(\d+)"/.exec(m[1]!)?.[1] ?? 1800) / 100,
        bold: /\sb="1"/.test(m[1]!),
      }));
      const placeholder = /<p:ph type="(\w+)"/.exec(xml)?.[1];
      const filled = /<a:solidFill>/.test(/<p:spPr>[\s\S]*?<\/p:spPr>/.exec(xml)?.[0] ?? '');
      return {
        xml,
        text: textOf(xml),
        ...(placeholder ? { placeholder } : {}),
        filled,
        x,
        y,
        w,
        h,
        inset: { l: ins('l'), r: ins('r'), t: ins('t'), b: ins('b') },
        runs,
      };
    });
}

/** The slide whose title starts with `title`. */
export function slideTitled(slides: SlideXml[], title: string): SlideXml {
  const found = slides.find((s) => shapesOf(s).some((sp) => sp.placeholder === 'title' && sp.text.startsWith(title)));
  if (!found) throw new Error(`no slide titled "${title}"`);
  return found;
}

/** Slides whose title starts with `title`, a continuation's "(cont.)" included. */
export function slidesTitled(slides: SlideXml[], title: string): SlideXml[] {
  return slides.filter((s) => shapesOf(s).some((sp) => sp.placeholder === 'title' && sp.text.startsWith(title)));
}

/** Points the text of a shape takes, wrapped as the layout wraps it (paragraphs, their space before, their lines at their sizes). */
export function textHeight(s: Shape): number {
  const widthPt = s.w * 72 - s.inset.l - s.inset.r;
  return [...s.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].reduce((h, [, p]) => {
    const before = Number(/<a:spcBef><a:spcPts val="(\d+)"/.exec(p!)?.[1] ?? 0) / 100;
    const runs = shapesOf({ name: '', xml: `<p:sp>${p}` })[0]!.runs;
    const size = Math.max(0, ...runs.map((r) => r.sizePt));
    return runs.length === 0 ? h : h + before + arial.lineHeight(size, arial.wrapLines(runs, widthPt, size).length);
  }, 0);
}
