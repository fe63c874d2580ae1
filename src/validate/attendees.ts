// `attendees:` naming a CSV file: read by its bytes as UTF-8 text, the names taken from its name column, a problem
// reported at its line and column in the file.
import type { Checked } from '../content/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Asset } from '../load/content.js';
import { decodeText, MAX_FILE_BYTES } from '../load/source-file.js';
import type { Attendee } from '../model/pack.js';
import type { Client } from '../schema/client.js';
import { type CsvCell, readCsv } from '../util/csv.js';
import { findAsset } from './images.js';
import { checkPrintable } from './printable.js';

/** How a registration system or a spreadsheet heads the columns the pack reads, in the five languages the kit speaks. */
const HEADERS = {
  name: [
    'name',
    'names',
    'full name',
    'fullname',
    'participant',
    'attendee',
    'teilnehmer',
    'teilnehmerin',
    'nom',
    'nom complet',
    'nombre',
    'nombre completo',
    'naam',
    'volledige naam',
    'deelnemer',
  ],
  first: ['first name', 'firstname', 'given name', 'forename', 'vorname', 'prénom', 'prenom', 'voornaam'],
  last: [
    'last name',
    'lastname',
    'surname',
    'family name',
    'nachname',
    'familienname',
    'nom de famille',
    'apellido',
    'apellidos',
    'achternaam',
  ],
  organisation: [
    'organisation',
    'organization',
    'company',
    'employer',
    'organisation name',
    'firma',
    'unternehmen',
    'organisation',
    'société',
    'entreprise',
    'organisme',
    'organización',
    'empresa',
    'organisatie',
    'bedrijf',
  ],
} as const;

type Column = keyof typeof HEADERS;

/** The attendee lists clients name by file, by normalised content-relative path; each file read once. */
export function checkAttendeeFiles(
  clients: readonly Checked<Client>[],
  assets: ReadonlyMap<string, Asset>,
  diagnostics: Diagnostic[],
): Map<string, Attendee[]> {
  const lists = new Map<string, Attendee[]>();
  for (const client of clients) {
    const written = client.value.attendees;
    if (typeof written !== 'string') continue;
    const at = client.source.locate(['attendees']);
    const found = findAsset(written, 'attendee list', at, assets, diagnostics, 'a list of names is far smaller');
    if (!found || lists.has(found.path) || found.asset.tooLarge !== undefined) continue;
    if (!/\.(csv|txt)$/i.test(found.path)) {
      diagnostics.push({
        rule: 'attendees/csv',
        message: `attendee list \`${written}\` is not a CSV file: export the names from the spreadsheet as “CSV UTF-8” (.csv)`,
        source: at,
      });
      continue;
    }
    const names = readAttendees(found.path, found.asset.bytes, diagnostics);
    if (names) lists.set(found.path, names);
  }
  return lists;
}

/** The names in a CSV file's bytes, or undefined after reporting why there are none. */
function readAttendees(path: string, bytes: Uint8Array, diagnostics: Diagnostic[]): Attendee[] | undefined {
  const top = { file: path, line: 1, column: 1 };
  if (bytes.length > MAX_FILE_BYTES)
    return void diagnostics.push({
      rule: 'file/too-large',
      message: 'an attendee list is at most 1 MB; keep only the names (and organisations) in it',
      source: top,
    });
  const decoded = decodeText(bytes, path, true);
  if ('rule' in decoded) return void diagnostics.push(decoded);
  const problems: Diagnostic[] = [];
  checkPrintable([{ file: path, text: decoded.text, kind: 'plain' }], problems);
  diagnostics.push(...problems);
  const csv = readCsv(decoded.text);
  if ('problem' in csv)
    return void diagnostics.push({
      rule: 'attendees/csv',
      message: csv.problem,
      source: { file: path, line: csv.line, column: csv.column },
    });
  const [head, ...rest] = csv.rows;
  if (!head)
    return void diagnostics.push({ rule: 'attendees/csv', message: 'the attendee list holds no names', source: top });
  const columns = headerColumns(head);
  if (!columns) {
    if (head.length > 1 && csv.rows.some((r) => r.length > 1))
      return void diagnostics.push({
        rule: 'attendees/csv',
        message: `the first row names no column of names; head the column that holds them \`name\` (or \`first name\` and \`last name\`)`,
        source: top,
      });
    // One column and no heading: every row is a name.
    return attendeesOf(path, csv.rows, { name: 0 }, diagnostics, problems.length > 0);
  }
  if (rest.length === 0)
    return void diagnostics.push({
      rule: 'attendees/csv',
      message: 'the attendee list has its headings but no names under them',
      source: { file: path, line: head[0]!.line + 1, column: 1 },
    });
  return attendeesOf(path, rest, columns, diagnostics, problems.length > 0);
}

/** Where the name (or first and last name) and organisation columns are, read off the first row; none without a name. */
function headerColumns(head: readonly CsvCell[]): Partial<Record<Column, number>> | undefined {
  const found: Partial<Record<Column, number>> = {};
  head.forEach((cell, i) => {
    const heading = cell.text.trim().toLowerCase().replace(/[_-]+/g, ' ');
    for (const column of Object.keys(HEADERS) as Column[])
      if (found[column] === undefined && (HEADERS[column] as readonly string[]).includes(heading)) found[column] = i;
  });
  return found.name !== undefined || found.first !== undefined || found.last !== undefined ? found : undefined;
}

function attendeesOf(
  path: string,
  rows: readonly CsvCell[][],
  columns: Partial<Record<Column, number>>,
  diagnostics: Diagnostic[],
  unprintable: boolean,
): Attendee[] | undefined {
  const attendees: Attendee[] = [];
  let empty = false;
  for (const row of rows) {
    const cell = (column: Column) => (columns[column] === undefined ? undefined : row[columns[column]!]);
    const parts = columns.name !== undefined ? [cell('name')] : [cell('first'), cell('last')];
    const name = parts
      .map((c) => c?.text.trim() ?? '')
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ');
    const at = parts.find((c) => c !== undefined) ?? row[0]!;
    if (!name) {
      empty = true;
      diagnostics.push({
        rule: 'attendees/empty-name',
        message: 'a row of the attendee list without a name; write the name, or delete the row',
        source: { file: path, line: at.line, column: at.column },
      });
      continue;
    }
    const organisation = cell('organisation')?.text.trim();
    attendees.push({
      name,
      ...(organisation ? { organisation } : {}),
      source: { file: path, line: at.line, column: at.column },
    });
  }
  if (empty || unprintable) return undefined;
  if (attendees.length > 10000)
    return void diagnostics.push({
      rule: 'attendees/csv',
      message: `the attendee list names ${attendees.length} people; a session pack prints at most 10000`,
      source: { file: path, line: 1, column: 1 },
    });
  return attendees;
}
