// The YAML files an import writes: workshop.yaml (title, minutes, start, running order, with a comment where the
// minutes are a guess), a client file, and, for --into, the existing workshop.yaml with the new modules added to
// its running order and minutes, every comment and the author's layout kept (the `yaml` Document API).

import { Document, isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { yamlText } from './markdown.js';
import { MINUTES_A_SLIDE, type Plan } from './plan.js';

const SCHEMA_NOTE = 'See docs/content-format.md for every field.';

/** workshop.yaml of a new content folder. */
export function workshopYaml(plan: Plan, deckName: string): string {
  const minutes = total(plan);
  const doc = new Document({
    title: yamlText(plan.title),
    ...(plan.subtitle ? { subtitle: yamlText(plan.subtitle) } : {}),
    minutes,
    start: plan.start,
    theme: 'default',
    ...(plan.lang ? { lang: plan.lang } : {}),
    ...(plan.closing ? { closing: yamlText(plan.closing) } : {}),
    ...(plan.labels ? { labels: plan.labels } : {}),
    modules: plan.order.map((item) =>
      'module' in item ? item.module : { break: item.break, ...(item.title ? { title: yamlText(item.title) } : {}) },
    ),
  });
  doc.commentBefore = ` Imported from ${deckName} by workshop-kit import; import-report.md lists what to check.\n ${SCHEMA_NOTE}`;
  const guessed = plan.modules.filter((m) => m.guessed).map((m) => m.id);
  if (guessed.length) {
    const node = doc.get('minutes', true) as Scalar;
    node.comment = ` the modules' minutes added up; ${guessed.length === plan.modules.length ? 'all' : guessed.join(', ')} guessed at about ${MINUTES_A_SLIDE} a slide: check them`;
  }
  const start = doc.get('start', true) as Scalar;
  start.type = 'QUOTE_DOUBLE';
  return doc.toString({ lineWidth: 0 });
}

/** The client file: the client the deck was made for, or an example to copy. */
export function clientYaml(plan: Plan): string | undefined {
  const client = plan.client;
  if (!client) return undefined;
  const doc = new Document({
    name: yamlText(client.name),
    ...(client.date ? { date: client.date } : {}),
    ...(client.facilitator ? { facilitator: yamlText(client.facilitator) } : {}),
    ...(client.location ? { location: yamlText(client.location) } : {}),
    ...(client.brand
      ? {
          brand: {
            primary: client.brand.primary,
            secondary: client.brand.secondary,
            accent: client.brand.accent,
            ...(client.brand.logo ? { logo: client.brand.logo.path } : {}),
          },
        }
      : {}),
  });
  doc.commentBefore = client.example
    ? ' An example client: a build makes a kit for each file in clients/. Rename this file and fill in\n your client, or copy it for each client you run the workshop for (content-format.md, section 7).'
    : " The client the deck was built for, as its cover names them; the brand is the deck theme's colours.";
  return doc.toString({ lineWidth: 0 });
}

/** The running order's total: modules and breaks. */
export function total(plan: Plan): number {
  return plan.order.reduce(
    (sum, item) => sum + ('module' in item ? plan.modules.find((m) => m.id === item.module)!.minutes : item.break),
    0,
  );
}

/**
 * An existing workshop.yaml with the new modules at the end of its running order and their minutes added to its
 * length. Undefined where it has no `modules` list or `minutes` number to add to (the caller says so).
 */
export function addedToWorkshop(text: string, plan: Plan, deckName: string): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length || !isMap(doc.contents)) return undefined;
  const modules = doc.get('modules', true);
  const minutes = doc.get('minutes', true);
  if (!isSeq(modules) || !isScalar(minutes) || typeof minutes.value !== 'number') return undefined;
  plan.modules.forEach((module, i) => {
    const node = doc.createNode(module.id) as Scalar;
    if (i === 0) node.commentBefore = ` imported from ${deckName}`;
    modules.items.push(node);
  });
  const added = plan.modules.reduce((sum, m) => sum + m.minutes, 0);
  minutes.value = minutes.value + added;
  minutes.comment = `${minutes.comment ? `${minutes.comment};` : ''} ${added} added for ${plan.modules.map((m) => m.id).join(', ')}`;
  return doc.toString({ lineWidth: 0 });
}
