// A brand's colours as the theme's accent colours, and slides naming the theme colour instead of its value.

/** The colours a client's brand may change, each the `#rrggbb` the deck uses. */
export interface BrandColours {
  primary: string;
  accent: string;
  secondary: string;
}

/**
 * Brand colours become the theme's accent colours, and slides name the theme colour instead of its
 * value. In PowerPoint the brand is then the deck's own palette (Design > Variants recolours it), and
 * slides no longer differ between clients only by colour, so each distinct slide is deflated once.
 */
const SLOT_OF: Record<keyof BrandColours, string> = { primary: 'accent1', accent: 'accent2', secondary: 'accent3' };

/** Colour value (`RRGGBB`) to theme slot; when two brand colours are equal, the first keeps it (same colour either way). */
export function brandSlots(brand: BrandColours): Map<string, string> {
  const slots = new Map<string, string>();
  for (const role of ['primary', 'accent', 'secondary'] as const) {
    const value = brand[role].replace(/^#/, '').toUpperCase();
    if (!slots.has(value)) slots.set(value, SLOT_OF[role]);
  }
  return slots;
}

export function schemeColours(xml: string, slots: ReadonlyMap<string, string>): string {
  return xml.replace(/<a:srgbClr val="([0-9A-F]{6})"\/>/g, (m, value: string) => {
    const slot = slots.get(value);
    return slot ? `<a:schemeClr val="${slot}"/>` : m;
  });
}

/** The theme with each brand colour in its accent slot, or undefined when a slot is not where pptxgenjs puts it. */
export function brandTheme(xml: string, brand: BrandColours): string | undefined {
  let out = xml;
  for (const role of ['primary', 'accent', 'secondary'] as const) {
    const slot = SLOT_OF[role];
    const element = new RegExp(`<a:${slot}>.*?</a:${slot}>`, 's');
    if (!element.test(out)) return undefined;
    out = out.replace(
      element,
      `<a:${slot}><a:srgbClr val="${brand[role].replace(/^#/, '').toUpperCase()}"/></a:${slot}>`,
    );
  }
  return out;
}
