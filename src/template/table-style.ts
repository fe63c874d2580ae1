// The header colour of the table style a template inserts its tables with (the presentation's default table style),
// so that the tool's tables look like the ones the client's own slides show.
import type { Element as XmlElement } from '@xmldom/xmldom';
import { type Parts, parseXml, relationshipsOf } from './package.js';
import { colourOf } from './paint.js';
import type { ColourSpec } from './types.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
/** PowerPoint's own default, "Medium Style 2 - Accent 1": a header in the first accent. */
const OFFICE_DEFAULT = '{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}';

/**
 * The fill of the header row in the template's default table style: the style as the package defines it, PowerPoint's
 * default where the package names that one or none; undefined where the style has no header fill or is one the
 * package does not define (the tool's own header then).
 */
export function tableHeaderOf(parts: Parts, main: string): ColourSpec | undefined {
  const part = relationshipsOf(parts, main).find((r) => r.type === 'tableStyles' && r.target)?.target;
  if (!part || !parts[part]) return { scheme: 'accent1' };
  const list = parseXml(parts, part);
  const id = list.getAttribute('def') || OFFICE_DEFAULT;
  const styles = list.getElementsByTagNameNS(A, 'tblStyle');
  for (let i = 0; i < styles.length; i++) {
    const style = styles.item(i)!;
    if (style.getAttribute('styleId') !== id) continue;
    const tcStyle = child(child(style, 'firstRow'), 'tcStyle');
    return colourOf(child(child(tcStyle, 'fill'), 'solidFill')) ?? colourOf(child(tcStyle, 'fillRef'));
  }
  return id === OFFICE_DEFAULT ? { scheme: 'accent1' } : undefined;
}

function child(parent: XmlElement | undefined, local: string): XmlElement | undefined {
  for (let n = parent?.firstChild; n; n = n.nextSibling) {
    const el = n as unknown as XmlElement;
    if (el.nodeType === 1 && el.namespaceURI === A && el.localName === local) return el;
  }
  return undefined;
}
