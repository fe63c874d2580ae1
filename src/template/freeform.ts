// Free-form drawings (`a:custGeom`) as the points they pass through: designers draw a swirl in one corner and arrows
// in the other as one shape spanning the whole slide, and a speech-bubble panel as one outline. slides.pdf fills and
// strokes the outline as PowerPoint does, the colour grid samples it, and the tool's text keeps clear of its strokes,
// each followed in short pieces: a long arc is a chain of small boxes along it, not the box around its whole sweep.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { A, child, children, num } from './ooxml.js';
import type { Outline, TemplateFrame } from './types.js';

/** Points a Bézier curve or an arc is followed by. */
const CURVE_STEPS = 12;
/** Past this many points a drawing is read as its frame: a texture, not a motif. */
const MAX_POINTS = 20_000;

/**
 * A free-form shape's outline in slide inches, drawn in `frame` and mirrored as `flips` say; undefined where the
 * geometry is not free-form or not readable as plain numbers (guide formulas), so the caller keeps to the frame.
 */
export function freeformOutline(
  spPr: XmlElement | undefined,
  frame: TemplateFrame,
  flips: { h: boolean; v: boolean } = { h: false, v: false },
): Outline | undefined {
  const list = child(child(spPr, A, 'custGeom'), A, 'pathLst');
  if (!list) return undefined;
  const out: Outline = [];
  let count = 0;
  for (const path of children(list, A, 'path')) {
    const w = num(path, 'w');
    const h = num(path, 'h');
    if (!(w > 0 && h > 0)) return undefined;
    const subs = subPaths(path);
    if (!subs) return undefined;
    // A path may be drawn only as a line (`fill="none"`) or only as a fill (`stroke="0"`).
    const look = {
      ...(path.getAttribute('fill') === 'none' ? { unfilled: true as const } : {}),
      ...(path.getAttribute('stroke') === '0' || path.getAttribute('stroke') === 'false'
        ? { unstroked: true as const }
        : {}),
    };
    for (const sub of subs) {
      count += sub.points.length;
      if (count > MAX_POINTS) return undefined;
      out.push({
        closed: sub.closed,
        ...look,
        points: sub.points.map(([x, y]) => {
          const [u, v] = [x / w, y / h];
          return [frame.x + (flips.h ? 1 - u : u) * frame.w, frame.y + (flips.v ? 1 - v : v) * frame.h];
        }),
      });
    }
  }
  return out.length > 0 ? out : undefined;
}

/** The boxes of an outline's pieces (each two neighbouring points), for what text keeps clear of. */
export function outlinePieces(outline: Outline): TemplateFrame[] {
  const boxes: TemplateFrame[] = [];
  for (const { points, closed } of outline) {
    const ring = closed && points.length > 2 ? [...points, points[0]!] : points;
    for (let i = 1; i < ring.length; i++) {
      const [[x0, y0], [x1, y1]] = [ring[i - 1]!, ring[i]!];
      boxes.push({ x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) });
    }
  }
  return boxes;
}

/** Whether (x, y) lies inside the outline's filled sub-paths, by the even-odd rule. */
export function insideOutline(outline: Outline, x: number, y: number): boolean {
  let inside = false;
  for (const { points, unfilled } of outline) {
    if (unfilled) continue;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [[xi, yi], [xj, yj]] = [points[i]!, points[j]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A path's sub-paths in its own units: moves, lines, Bézier curves and arcs followed point by point. */
function subPaths(path: XmlElement): { points: [number, number][]; closed: boolean }[] | undefined {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  const flush = (closed: boolean) => {
    if (points.length > 1) out.push({ points, closed });
    points = [];
  };
  for (const step of children(path, A)) {
    const pts = children(step, A, 'pt').map((p) => [num(p, 'x'), num(p, 'y')] as [number, number]);
    if (pts.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return undefined;
    switch (step.localName) {
      case 'moveTo':
        flush(false);
        at = pts[0] ?? at;
        points = [at];
        break;
      case 'lnTo':
        at = pts[0] ?? at;
        points.push(at);
        break;
      case 'cubicBezTo':
      case 'quadBezTo':
        if (pts.length < (step.localName === 'cubicBezTo' ? 3 : 2)) return undefined;
        for (let k = 1; k <= CURVE_STEPS; k++) points.push(bezier([at, ...pts], k / CURVE_STEPS));
        at = pts[pts.length - 1]!;
        break;
      case 'arcTo': {
        const [rx, ry] = [num(step, 'wR'), num(step, 'hR')];
        const start = (num(step, 'stAng') / 60_000) * (Math.PI / 180);
        const swing = (num(step, 'swAng') / 60_000) * (Math.PI / 180);
        if (![rx, ry, start, swing].every(Number.isFinite)) return undefined;
        const [cx, cy] = [at[0] - rx * Math.cos(start), at[1] - ry * Math.sin(start)];
        for (let k = 1; k <= CURVE_STEPS; k++) {
          const t = start + (swing * k) / CURVE_STEPS;
          points.push([cx + rx * Math.cos(t), cy + ry * Math.sin(t)]);
        }
        at = points[points.length - 1]!;
        break;
      }
      case 'close': {
        // The pen goes back to where the closed sub-path began.
        const first = points[0];
        flush(true);
        at = first ?? at;
        points = [at];
        break;
      }
    }
  }
  flush(false);
  return out;
}

/** A point of a Bézier curve of any degree at `t`, by de Casteljau's construction. */
function bezier(control: readonly [number, number][], t: number): [number, number] {
  let pts = control.map((p) => [...p] as [number, number]);
  while (pts.length > 1)
    pts = pts.slice(1).map((p, i) => [pts[i]![0] + (p[0] - pts[i]![0]) * t, pts[i]![1] + (p[1] - pts[i]![1]) * t]);
  return pts[0]!;
}
