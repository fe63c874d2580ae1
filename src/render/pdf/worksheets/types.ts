// The signature every worksheet body renderer shares, so index.ts dispatches through a table.
import type { Source, WorksheetBody } from '../../../model/deck.js';
import type { Column } from '../boxes.js';
import type { Box, Ctx, Tag } from '../document.js';

/** Renders one kind of worksheet body into boxes under the section's structure element. */
export type BodyRenderer<K extends WorksheetBody['kind']> = (
  ctx: Ctx,
  parent: Tag,
  body: Extract<WorksheetBody, { kind: K }>,
  col: Column,
  source: Source,
) => Box[];
