// The roles a deck takes a layout for, and what marks a layout as a role's besides its placeholders: PowerPoint's
// layout types, and the names layouts go by, Office's own in the languages it ships most and those designers give.
import type { TemplateLayout, TemplateRole } from './types.js';

/** The layouts a deck needs: the cover, section dividers, text slides, and slides of shapes under a title. */
export const ROLES = ['title', 'section', 'content', 'title-only'] as const;
export type LayoutRole = (typeof ROLES)[number];

/** Every role a deck's slides take a layout for: the four it needs, and the closing slide, on the dividers' layout unless the template has a closing layout of its own. */
export const DECK_ROLES: readonly DeckRole[] = [...ROLES, 'closing'];
export type DeckRole = TemplateRole;

/** What each role holds, for messages. */
export const ROLE_USE: Record<DeckRole, string> = {
  title: 'the title slide',
  section: 'section dividers',
  content: 'text slides (title and bullets)',
  'title-only': 'tables, comparisons, cards and exercises',
  closing: 'the closing slide',
};

/** Names a closing layout goes by, in the languages Office ships most and as designers name it; there is no layout type for it. */
export const CLOSING_NAMES = [
  'Closing',
  'Closing Slide',
  'Close',
  'End',
  'End Slide',
  'Ending',
  'Thank You',
  'Thanks',
  'Thank You Slide',
  'Final Slide',
  'Abschluss',
  'Abschlussfolie',
  'Schlussfolie',
  'Danke',
  'Fin',
  'Diapositive de fin',
  'Merci',
  'Cierre',
  'Diapositiva de cierre',
  'Gracias',
  'Encerramento',
  'Obrigado',
  'Chiusura',
  'Grazie',
  'Afsluiting',
  'Bedankt',
  'Zakończenie',
  'Dziękuję',
  '结束',
  '谢谢',
  '終わり',
  'ありがとう',
];

/**
 * Names a layout for the role goes by: PowerPoint's own in the languages Office ships most (a translated template
 * keeps them) and the ones designers give (a "Divider", "Titles Only"). Compared without case, spaces or numbering.
 */
const NAMES: Record<LayoutRole, readonly string[]> = {
  title: [
    'Title Slide',
    'Title',
    'Cover',
    'Titelfolie',
    'Diapositive de titre',
    'Diapositiva de título',
    'Slide de título',
    'Diapositiva titolo',
    'Titeldia',
    'Slajd tytułowy',
    '标题幻灯片',
    'タイトル スライド',
  ],
  section: [
    'Section Header',
    'Section Title',
    'Section',
    'Divider',
    'Section Divider',
    'Chapter',
    'Abschnittsüberschrift',
    'Kapitel',
    'Trennfolie',
    'En-tête de section',
    'Encabezado de sección',
    'Cabeçalho da Seção',
    'Intestazione sezione',
    'Sectiekop',
    'Nagłówek sekcji',
    '节标题',
    'セクション見出し',
  ],
  content: [
    'Title and Content',
    'Title and Text',
    'Titel und Inhalt',
    'Titre et contenu',
    'Título y objetos',
    'Título e Conteúdo',
    'Titolo e contenuto',
    'Titel en object',
    'Tytuł i zawartość',
    '标题和内容',
    'タイトルとコンテンツ',
  ],
  'title-only': [
    'Title Only',
    'Titles Only',
    'Nur Titel',
    'Titre seul',
    'Solo el título',
    'Somente Título',
    'Solo titolo',
    'Alleen titel',
    'Tylko tytuł',
    '仅标题',
    'タイトルのみ',
  ],
};

export const simple = (name: string) =>
  name
    .toLowerCase()
    .replace(/^\d+_/, '')
    .replace(/[\s\d_-]+/g, '');
const SIMPLE_NAMES = Object.fromEntries(
  Object.entries(NAMES).map(([role, names]) => [role, new Set(names.map(simple))]),
) as Record<LayoutRole, Set<string>>;
export const namedFor = (role: LayoutRole, l: TemplateLayout) => SIMPLE_NAMES[role].has(simple(l.name));

export const TYPES: Record<LayoutRole, readonly string[]> = {
  title: ['title'],
  section: ['secHead'],
  content: ['obj', 'tx'],
  'title-only': ['titleOnly'],
};
