// The catalogue of every diagnostic rule: a short title and what to do. Diagnostics name a rule from here (the type
// admits no other), the CLI prints the hint, and the error table of docs/errors.md is generated from this list.

export interface RuleInfo {
  /** What went wrong, in a few words. */
  title: string;
  /** What to do about it. */
  hint: string;
  /** Why no bad-input fixture shows it (a rule without one needs a reason). */
  untested?: string;
  /** Reported by a renderer as a warning: the kit is built all the same. */
  renderWarning?: true;
}

/** The file kinds checked against a schema; each has the same family of schema rules. */
export const SCHEMA_KINDS = [
  'workshop',
  'module',
  'exercise',
  'client',
  'comparison',
  'styles',
  'theme',
  'catalogue',
] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** The schema rules every file kind has, `{kind}/unknown-key` and so on. */
export const SCHEMA_CHECKS = {
  'unknown-key': {
    title: 'a key the file kind does not know',
    hint: 'fix the spelling (the message suggests the key meant) or remove the key',
  },
  missing: {
    title: 'a required field is missing',
    hint: 'add the field; the position points at the mapping that lacks it',
  },
  type: {
    title: 'a value of the wrong type',
    hint: 'write the kind of value the message names (text, a number, a list); quote text that starts with {{ or looks like a number',
  },
  value: { title: 'a value that is not one of those allowed', hint: 'use one of the values the message lists' },
  range: {
    title: 'a number or list length out of range',
    hint: 'use a number (or as many items) within the range the message gives',
  },
  format: {
    title: 'a value in the wrong format',
    hint: 'write times as "HH:MM", colours as "#RRGGBB" and dates as YYYY-MM-DD, in quotes',
  },
  'duplicate-id': {
    title: 'two files with one id',
    hint: 'ids are file names (or an `id:` field) and must be unique within their folder',
  },
} as const satisfies Record<string, RuleInfo>;
export type SchemaRule = `${SchemaKind}/${keyof typeof SCHEMA_CHECKS}`;

/** Every other rule, by id. */
export const RULES = {
  'file/too-large': { title: 'a content file over 1 MB', hint: 'split the file; content files are text under 1 MB' },
  'file/empty': { title: 'an empty content file', hint: 'write the file’s fields, or delete the file' },
  'file/binary': {
    title: 'a content file that is not text',
    hint: 'content files are UTF-8 text; a file with NUL bytes is binary or UTF-16: save it as UTF-8',
  },
  'file/encoding': {
    title: 'a file that is not UTF-8',
    hint: 'save the file as UTF-8 (most editors offer it under “Save with encoding”)',
  },
  'file/long-word': {
    title: 'a word of over 1,000 characters without a space',
    hint: 'put spaces in it, shorten it, or link to it with shorter text: slides break such a word letter by letter',
    untested:
      'a 1,000-character fixture line is generated rather than kept: test/load.test.ts writes one and checks the message',
  },
  'file/control-character': {
    title: 'an invisible control character',
    hint: 'delete the character at the reported column; it usually comes with text pasted from another program',
  },
  'file/unreadable': {
    title: 'a content file that cannot be read',
    hint: 'give yourself read permission on the file (or remove it from the content folder)',
    untested: 'CI runs as root, who can read every file, so no fixture can be unreadable there',
  },
  'content/file-name': {
    title: 'a client file name that cannot be an id',
    hint: 'rename the client file with letters, digits, -, _ and . only (its id names the output folder); a copy you keep can start with _, which is never built',
  },
  'content/skipped-client': {
    title: 'a file in clients/ the build does not read (a warning)',
    hint: 'client files are clients/<id>.yaml; a hidden or renamed one makes no kit',
    untested: 'a warning, not an error: the build succeeds, so test/load.test.ts checks it rather than a bad fixture',
  },
  'content/no-workshop': {
    title: 'no workshop.yaml',
    hint: 'the content folder needs a workshop.yaml with the title, length and running order',
  },
  'content/duplicate-id': {
    title: 'two files give the same id',
    hint: 'rename one of them: ids are file names without their extension',
  },
  'yaml/syntax': {
    title: 'YAML that does not parse',
    hint: 'check the indentation (spaces, items of a level in one column) and quote values that hold “: ” or start with a special character',
  },
  'yaml/duplicate-key': {
    title: 'a key given twice in one mapping',
    hint: 'remove one of the two, or merge their values',
  },
  'yaml/alias-limit': {
    title: 'too many YAML alias expansions',
    hint: 'write the values out instead of repeating anchors (*name)',
  },
  'module/image-path-space': {
    title: 'an image path with a space, which Markdown reads as text',
    hint: 'write the path in angle brackets, ![alt](<assets/my picture.png>), or with %20 for each space',
  },
  'module/raw-html': {
    title: 'raw HTML in a module, which slides print as text (a warning)',
    hint: 'write Markdown instead: **bold**, *italic*, a blank line for a new paragraph; an HTML comment stays a remark and is fine',
    untested:
      'a warning, not an error: the build succeeds, so test/compose.test.ts checks it rather than a bad fixture',
  },
  'module/list-too-deep': {
    title: 'a list nested deeper than the two levels a slide shows (a warning)',
    hint: 'indent the items less, or split the list; the deeper items join the second level',
    untested:
      'a warning, not an error: the build succeeds, so test/compose.test.ts checks it rather than a bad fixture',
  },
  'module/too-deep': {
    title: 'quotes or lists nested too deep',
    hint: 'flatten the nesting: a slide shows three levels readably',
  },
  'module/too-many-markers': {
    title: 'a paragraph made of thousands of * _ ` or [',
    hint: 'split the paragraph, or put literal text in a fenced code block',
  },
  'module/heading-after-directive': {
    title: 'a ### heading that lands on an exercise, comparison or styles slide (a warning)',
    hint: 'write ## to start a slide of its own; keep ### only for a caption under the directive',
    untested:
      'a warning, not an error: the build succeeds, so test/compose.test.ts checks it rather than a bad fixture',
  },
  'module/front-matter': {
    title: 'a module without (closed) front matter',
    hint: 'start the file with `---`, `title:` and `minutes:`, and close it with a `---` line before the first heading',
  },
  'module/unknown-directive': {
    title: 'a directive that does not exist',
    hint: 'use ::comparison{#id}, ::styles{#id}, ::exercise{#id} or ::answers{#id}',
  },
  'module/unknown-container': {
    title: 'a container that does not exist',
    hint: 'the containers are :::notes, :::reveal, :::only{clients="…"} and :::except{clients="…"}, each closed by a line holding :::',
  },
  'module/reveal-empty': {
    title: 'a :::reveal block with nothing in it',
    hint: 'put the list or paragraphs that should appear click by click between :::reveal and its closing :::, or remove both lines',
  },
  'module/reveal-nested': {
    title: 'a :::reveal inside another :::reveal or inside speaker notes',
    hint: 'every block of a :::reveal already appears on a click of its own: remove the inner :::reveal; notes are not on the slide: move the block out of them',
  },
  'module/reveal-content': {
    title: 'something in a :::reveal that cannot appear on a click',
    hint: 'keep text, lists, ### headings, quotes and code inside :::reveal; put headings that start slides, ---, directives, notes, tables and pictures before or after it',
  },
  'module/reveal-attribute': {
    title: 'an attribute on :::reveal',
    hint: 'write :::reveal alone on its line; it takes no attributes',
  },
  'module/unclosed-reveal': {
    title: 'a :::reveal block that is never closed',
    hint: 'add a line with `:::` where the block ends',
  },
  'module/filter-attribute': {
    title: ':::only or :::except without its clients',
    hint: 'name the client ids, e.g. :::only{clients="acme brightpath"}',
  },
  'module/unclosed-filter': {
    title: 'an :::only or :::except block that is never closed',
    hint: 'add a line with `:::` where the block ends',
  },
  'module/filter-fence': {
    title: 'one ::: closing both notes and the :::only around them',
    hint: 'write the outer block with four colons: ::::only{clients="acme"} … ::::',
  },
  'module/directive-id': {
    title: 'a directive without an id',
    hint: 'write the id as {#id}, e.g. ::exercise{#sort-statements}',
  },
  'module/directive-in-notes': {
    title: 'a directive inside speaker notes',
    hint: 'move the directive out of the :::notes block',
  },
  'module/nested-directive': {
    title: 'a directive inside another block',
    hint: 'put the directive on a line of its own at the top level of the slide',
  },
  'module/unclosed-notes': {
    title: 'a notes block that is never closed',
    hint: 'add a line with `:::` where the notes end',
  },
  'module/unclosed-code': {
    title: 'a code block whose fence is never closed',
    hint: 'end the code with a fence line like the one that opened it (three backticks or tildes), or remove the stray fence line',
  },
  'module/stray-directive': {
    title: 'a directive line Markdown reads as text or code',
    hint: 'start `:::notes`, `:::` and `::exercise{#id}` lines at the beginning of the line, with a blank line before them, and close each notes block once',
  },
  'module/notes-attribute': {
    title: 'an unknown attribute on :::notes',
    hint: 'the only attribute is minutes, e.g. :::notes{minutes=4}',
  },
  'module/notes-minutes': {
    title: 'planned minutes that are not whole minutes, or on an exercise slide',
    hint: 'write whole minutes from 1 to 600; an exercise slide takes its time from the exercise',
  },
  'module/exercise-minutes': {
    title: 'a module shorter than its exercises',
    hint: 'a module’s minutes include its exercises: give it more minutes or shorten an exercise',
  },
  'module/image-alt': {
    title: 'an image without alt text',
    hint: 'describe the picture in the brackets: ![what it shows](assets/file.png)',
  },
  'module/image-reference': {
    title: 'a reference-style image',
    hint: 'write the path in the image itself: ![alt](assets/file.png)',
  },
  'module/duplicate-id': {
    title: 'two modules with one id',
    hint: 'module ids are file names (or an `id:` field) and must be unique',
  },
  'exercise/type': {
    title: 'an exercise file that is not a mapping',
    hint: 'write the exercise as fields: title, kind, minutes, …',
  },
  'exercise/missing': {
    title: 'an exercise without a kind',
    hint: 'add `kind:` with one of sort, reflection, self-assessment, scenario, quiz, action-plan',
  },
  'exercise/kind': {
    title: 'an unknown exercise kind',
    hint: 'use one of sort, reflection, self-assessment, scenario, quiz, action-plan',
  },
  'exercise/model-answers': {
    title: 'model answers that do not match the questions',
    hint: 'give one model answer per question, in order',
  },
  'exercise/duplicate-category': { title: 'a sort category given twice', hint: 'give each category once' },
  'exercise/sort-answer': {
    title: 'a sort answer that is not a category',
    hint: 'each statement’s answer must be one of the categories, spelt the same',
  },
  'exercise/quiz-answer': {
    title: 'a quiz answer that names no option',
    hint: 'answer with the option’s text, or its 0-based index (0 is the first option)',
  },
  'exercise/scale': {
    title: 'a rating scale that does not work',
    hint: 'give the scale a `min` below its `max`, with at most 11 points so it fits a printed grid',
  },
  'exercise/scale-labels': {
    title: 'scale labels that do not fit the scale',
    hint: 'give one label per point of the scale, or only the two ends',
  },
  'exercise/duplicate-dimension': {
    title: 'an interpretation dimension given twice',
    hint: 'give each dimension once',
  },
  'exercise/scores': {
    title: 'a statement scoring a dimension the interpretation lacks',
    hint: 'each statement’s `scores` must be one of the interpretation’s dimensions',
  },
  'exercise/unscored-dimension': {
    title: 'a dimension no statement scores',
    hint: 'score the dimension in at least one statement, or remove it',
  },
  'comparison/row-width': {
    title: 'a comparison row with too many or too few values',
    hint: 'give each row one value per column',
  },
  'asset/path': {
    title: 'an image outside the content folder',
    hint: 'put the image in the content folder (assets/) and give its path from there',
  },
  'asset/missing': {
    title: 'an image file that does not exist',
    hint: 'check the path and the file name’s case; paths are relative to the content folder',
  },
  'asset/format': {
    title: 'an image that is not PNG or JPEG, or a kind of one the PDFs cannot show',
    hint: 'save the picture as PNG (8 bits a channel, transparency as an alpha channel) or as an ordinary JPEG',
  },
  'asset/damaged': {
    title: 'a PNG or JPEG that is cut off or damaged',
    hint: 'open the picture in an image editor and save it again, or ask whoever sent it for the original file',
  },
  'asset/too-many-pixels': {
    title: 'a picture of more than 40 megapixels',
    hint: 'save a smaller version: a slide picture needs about 2000 pixels across at most, a logo far fewer',
  },
  'asset/image-alt': {
    title: 'an image field without alt text',
    hint: 'add the `alt:` text that describes the picture',
  },
  'reference/module': {
    title: 'a running order naming no module',
    hint: 'running orders name files in modules/ by id; the message suggests the one meant',
  },
  'reference/module-twice': { title: 'a module twice in a running order', hint: 'name each module once' },
  'reference/directive': {
    title: 'a directive naming no file',
    hint: 'the id must be a file in comparisons/, styles/ or exercises/; the message lists those that exist',
  },
  'reference/answers': {
    title: '::answers for an exercise that is not a quiz, or not in the workshop',
    hint: 'name a quiz that a module embeds with ::exercise{#id}; other kinds have their answer key in the guide',
  },
  'reference/theme': {
    title: 'an unknown theme',
    hint: 'use a theme that exists: the message lists the folders under templates/',
  },
  'reference/client': {
    title: 'only: or except: naming no client',
    hint: 'name files in clients/ by id; the message suggests the one meant',
  },
  'reference/module-excluded': {
    title: 'a client running order naming a module kept from that client',
    hint: 'remove the module from the client’s running order, or change the module’s `only:`/`except:`',
  },
  'reference/timing': {
    title: 'a client timing for a module that does not exist',
    hint: 'name a module of modules/ by its id; the message suggests the one meant',
  },
  'reference/timing-unused': {
    title: 'a client timing for a module the client does not run',
    hint: 'remove the timing, or add the module to the client’s running order',
  },
  'variable/unknown': {
    title: 'an unknown variable',
    hint: 'use {{client.name}}, {{client.facilitator}}, {{workshop.title}} or {{vars.NAME}}',
  },
  'labels/placeholder': {
    title: 'a `labels` entry without the placeholders the tool fills in',
    hint: 'keep every {placeholder} the message lists (they may move within the text), and add no others',
  },
  'labels/language': {
    title: 'a language the kit has no words for',
    hint: 'use a tag whose language is en, de, fr, es, nl, pt, it, pl, ja, ko or zh (Simplified, or Traditional for zh-TW, zh-HK, zh-MO and zh-Hant), with the region you need (de-AT, en-US, fr-CA, pt-PT), or add the language’s words as i18n/LANGUAGE.yaml (every entry `labels:` accepts)',
  },
  'labels/catalogue-name': {
    title: 'a catalogue file not named by a language',
    hint: 'name the file by the language subtag alone, in lower case: i18n/sv.yaml serves sv-SE and sv-FI',
  },
  'asset/too-large': {
    title: 'a picture or template over 20 MB',
    hint: 'save a smaller version: slide pictures need about 2000 pixels across at most',
    untested: 'a 20 MB fixture does not belong in the repository; test/load.test.ts writes one and checks the message',
  },
  'asset/font': {
    title: 'a font file that is not a font',
    hint: 'list TrueType (.ttf), OpenType (.otf) or WOFF files, as the font vendor ships them',
  },
  'asset/font-damaged': {
    title: 'a font file that is damaged: a table missing, cut off or unreadable',
    hint: 'use an undamaged copy of the font file, as its vendor ships it (download it again)',
    untested:
      'a damaged font is a copy of DejaVu Sans (750 KB) with bytes changed; test/fonts.test.ts makes each at run time',
  },
  'attendees/csv': {
    title: 'an attendee list that is not a CSV file of names',
    hint: 'export the list from the spreadsheet as “CSV UTF-8”, with the column of names headed `name` (or `first name` and `last name`)',
  },
  'attendees/empty-name': {
    title: 'a row of the attendee list without a name',
    hint: 'write the name in the row, or delete the row: each name gets a certificate and a name tent',
  },
  'template/unusable': {
    title: 'a PowerPoint template that cannot be used',
    hint: 'open the template in PowerPoint, fix what the message names, and save it as .potx (or .pptx) without a password',
  },
  'import/unreadable': {
    title: 'a deck `workshop-kit import` cannot read',
    hint: 'save the deck from PowerPoint as .pptx without a password (a .ppt, .key or protected file cannot be read), then import it again',
    untested: 'a deck is not content: the import command reports it, and test/import-bad-decks.test.ts shows each kind',
  },
  'template/layout-unknown': {
    title: '`template-layouts` names a layout the template lacks',
    hint: 'use one of the layout names the message lists, exactly as PowerPoint shows them (Home › Layout)',
  },
  'template/layout-missing': {
    title: 'a kind of slide with no fitting layout in the template (a warning)',
    hint: 'add the layout in PowerPoint (View › Slide Master), or name one in `template-layouts`',
    untested:
      'a warning, not an error: the build succeeds, so test/template.test.ts checks it rather than a bad fixture',
  },
  'template/left-out': {
    title: 'parts of a template the deck does not carry: links to outside files, names outside the package (a warning)',
    hint: 'nothing to do for the deck; if the links were meant (a hyperlink on the master), add them to the slides in PowerPoint',
    untested:
      'a warning, not an error: the build succeeds, so test/template-hostile.test.ts checks it rather than a bad fixture',
  },
  'template/logo-left-out': {
    title: 'a client logo on a deck built on the client’s template (a warning)',
    hint: 'nothing to do: the template carries the brand; to show the logo on the slides, put it on the template’s master in PowerPoint',
    untested:
      'a warning, not an error: the build succeeds, so test/template-styles.test.ts checks it rather than a bad fixture',
  },
  'template/font-unmeasured': {
    title: 'a template font the build has no metrics for (a warning)',
    hint: 'use a template with Calibri, Arial or Times New Roman, or check the deck for text that runs wide',
    untested:
      'a warning, not an error: the build succeeds, so test/template.test.ts checks it rather than a bad fixture',
  },
  'variable/undefined': {
    title: 'a variable with no value',
    hint: 'add it to the client’s `vars` or to `vars` in workshop.yaml',
  },
  'timing/total': {
    title: 'a running order that does not add up',
    hint: 'change a module’s `minutes`, a break, or the workshop’s `minutes` by the amount the message gives',
  },
  'timing/module-too-short': {
    title: 'a module with less time than its exercises',
    hint: 'a module’s minutes include its exercises: give it more minutes',
  },
  'timing/implausible': {
    title:
      'a plan that adds up but is unlikely: a break over two hours, a day past midnight, a date before 1990 or after 2100 (a warning)',
    hint: 'check the number the message names; the build goes on, as the plan may be meant',
    untested:
      'a warning, not an error: the build succeeds, so test/compose.test.ts checks it rather than a bad fixture',
  },
  'timing/slides-too-long': {
    title: 'slides planned longer than the module allows',
    hint: 'lower a :::notes{minutes=N} or give the module more minutes',
  },
  'timing/fixed-overrun': {
    title: 'more before a fixed break than there is time for until it',
    hint: 'shorten or drop a module before the break (the message says by how many minutes), or change its `at:`',
  },
  'timing/fixed-outside': {
    title: 'a break fixed to a time outside the session',
    hint: 'give `at:` a time from the start to the planned end less the break’s minutes, or check `start` and `minutes`',
  },
  'timing/late-start': {
    title: 'a late start the optional items cannot make up for, or one before the planned start',
    hint: 'start earlier, mark more modules or exercises `optional: true`, or plan a shorter day; the message says by how much',
  },
  'layout/comparison-too-wide': {
    title: 'a comparison whose words cannot fit its columns whole',
    hint: 'split the comparison into two with fewer columns, or shorten its longest words',
  },
  'layout/style-card-too-long': {
    title: 'a style card too long for a slide',
    hint: 'shorten the style’s texts until a card fits a slide at the smallest body size',
  },
  'layout/table-too-wide': {
    title: 'a table too wide for its slide, shown as a list (a warning)',
    hint: 'split the table into narrower ones (the first column in each) to keep it a table',
    untested: 'a warning, not an error: the build succeeds, so test/layout.test.ts checks it rather than a bad fixture',
    renderWarning: true,
  },
  'layout/feedback-code-no-room': {
    title: 'a closing slide with no room for the feedback QR code (a warning)',
    hint: 'give the template’s closing layout some free space at the side, or shorten the closing line; the notes and the printed form still give the address',
    untested:
      'a warning, not an error: the build succeeds, so test/session-pack-deck.test.ts checks it rather than a bad fixture',
    renderWarning: true,
  },
  'text/unprintable': {
    title: 'a character no bundled font can print',
    hint: 'replace the character: the message names its script; scripts other than Latin, Greek, Cyrillic, Hebrew, Arabic, Chinese, Japanese and Korean (and ideographs none of the Noto Sans CJK faces has) cannot be printed yet; emoji can',
  },
  'text/font-not-installed': {
    title: 'Chinese, Japanese or Korean text whose font is not installed',
    hint: 'run the command the message names (npm i -D @expo-google-fonts/noto-sans-sc, -tc, -jp or -kr) in the folder you build from, then build again',
    untested:
      'a fixture cannot uninstall a package: test/cjk.test.ts points WORKSHOP_KIT_CJK_FONT_DIR at an empty folder and checks the report and its position',
  },
  'pdf/missing-glyph': {
    title: 'a character no bundled font can print, found while printing',
    hint: 'replace the character (rarer scripts cannot be printed yet)',
    untested:
      'the renderers’ backstop: text/unprintable reports every character of the content where it is written before anything is printed',
  },
  'pdf/too-tall': {
    title: 'a block taller than a page',
    hint: 'shorten what must stay together on one page: split the text into shorter paragraphs or items, or ask for fewer writing lines',
  },
  'pdf/unknown-slide': {
    title: 'the guide cites a slide the deck lacks',
    hint: 'a bug in workshop-kit: report it with the content that shows it',
    untested: 'an internal consistency check; content cannot cause it',
  },
  'pptx/unknown-slide': {
    title: 'the layout has a page for a slide the model lacks',
    hint: 'a bug in workshop-kit: report it with the content that shows it',
    untested: 'an internal consistency check; content cannot cause it',
  },
  'pptx/worksheet-page-unknown': {
    title: 'an exercise slide whose worksheet page is unknown',
    hint: 'a bug in workshop-kit: report it with the content that shows it',
    untested: 'an internal consistency check; the worksheets always render first',
  },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES | SchemaRule;

/** The catalogue entry of a rule. */
export function ruleInfo(id: RuleId): RuleInfo {
  const slash = id.indexOf('/');
  const check = id.slice(slash + 1);
  if ((SCHEMA_KINDS as readonly string[]).includes(id.slice(0, slash)) && check in SCHEMA_CHECKS && !(id in RULES))
    return SCHEMA_CHECKS[check as keyof typeof SCHEMA_CHECKS];
  return RULES[id as keyof typeof RULES];
}

/** Whether a renderer reports this rule as a warning (the kit is built) rather than as a problem. */
export function isRenderWarning(id: RuleId): boolean {
  return id in RULES && (RULES[id as keyof typeof RULES] as RuleInfo).renderWarning === true;
}

/** Every rule id, schema families expanded. */
export function allRules(): RuleId[] {
  const schema = SCHEMA_KINDS.flatMap((k) => Object.keys(SCHEMA_CHECKS).map((c) => `${k}/${c}` as SchemaRule));
  return [...(Object.keys(RULES) as (keyof typeof RULES)[]), ...schema.filter((r) => !(r in RULES))];
}

/** The error table of docs/errors.md: one row per rule, the schema families once with `{kind}`. */
export function errorTable(): string {
  // A pipe would end the cell; an example image (`![alt](assets/file.png)`) would render as a broken picture.
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/!\[/g, '!\\[');
  const rows = [
    ...Object.entries(RULES).map(([id, r]) => [`\`${id}\``, r.title, r.hint]),
    ...Object.entries(SCHEMA_CHECKS).map(([check, r]) => [`\`{kind}/${check}\``, r.title, r.hint]),
  ];
  return [
    `Every message names its rule in brackets, and the build ends with what to do for each rule it reported. \`{kind}\` is the file kind: ${SCHEMA_KINDS.map((k) => `\`${k}\``).join(', ')}.`,
    '',
    '| rule | problem | what to do |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}
