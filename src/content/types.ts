// The typed content that validation hands to compose: every file parsed, checked and keyed by id.

import type { Root } from 'mdast';
import type { FileCatalogue } from '../i18n/locale.js';
import type { YamlSource } from '../load/yaml.js';
import type { Source } from '../model/deck.js';
import type { FontFile } from '../model/font-file.js';
import type { Attendee } from '../model/pack.js';
import type { Client } from '../schema/client.js';
import type { ComparisonFile } from '../schema/comparison.js';
import type { Exercise } from '../schema/exercise.js';
import type { ModuleFrontMatter } from '../schema/module.js';
import type { StylesFile } from '../schema/styles.js';
import type { ThemeFile } from '../schema/theme.js';
import type { Workshop } from '../schema/workshop.js';
import type { TemplateInfo } from '../template/types.js';
import type { ImageInfo } from '../util/image-check.js';

export interface Checked<T> {
  id: string;
  value: T;
  source: YamlSource;
}

export type DirectiveName = 'comparison' | 'styles' | 'exercise' | 'answers';

export interface DirectiveUse {
  name: DirectiveName;
  id: string;
  source: Source;
}

export type ClientFilterName = 'only' | 'except';

/** `:::only{clients="acme brightpath"}` or `:::except{...}`: the client ids it names, at its line. */
export interface ClientFilterUse {
  name: ClientFilterName;
  ids: string[];
  source: Source;
}

export interface ModuleContent {
  id: string;
  file: string;
  text: string;
  meta: ModuleFrontMatter;
  metaSource: YamlSource;
  root: Root;
  directives: DirectiveUse[];
  /** `:::only`/`:::except` blocks in the body. */
  filters: ClientFilterUse[];
}

export interface ImageAsset extends ImageInfo {
  path: string;
  bytes: Uint8Array;
}

export interface ValidContent {
  workshop: Checked<Workshop>;
  modules: Map<string, ModuleContent>;
  comparisons: Map<string, Checked<ComparisonFile>>;
  styles: Map<string, Checked<StylesFile>>;
  exercises: Map<string, Checked<Exercise>>;
  clients: Map<string, Checked<Client>>;
  themes: Map<string, Checked<ThemeFile>>;
  /** Images that are referenced and valid, by normalised content-relative path. */
  images: Map<string, ImageAsset>;
  /** PowerPoint templates that are referenced and readable, by normalised content-relative path. */
  templates: Map<string, TemplateInfo>;
  /** Font files that are listed and readable, by normalised content-relative path. */
  fonts: Map<string, FontFile>;
  /** The content's own words per language (`i18n/sv.yaml`), by language subtag. */
  catalogues: Map<string, FileCatalogue>;
  /** Attendee lists clients name by file (CSV), read and checked, by normalised content-relative path. */
  attendees: Map<string, Attendee[]>;
}
