/**
 * The parts of Decap CMS's configuration we generate (see https://decapcms.org/docs/configuration-options/).
 * Decap's own types live in decap-cms-core, which pulls in React; this module stays pure TypeScript.
 */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  /** [regular expression source, message shown when the value does not match]. */
  pattern?: [string, string];
  i18n?: boolean | 'translate' | 'duplicate' | 'none';
  fields?: DecapField[];
  field?: DecapField;
  options?: (string | { label: string; value: string })[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  [option: string]: unknown;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: DecapField[]; i18n?: boolean }[];
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  i18n?: boolean;
  media_folder?: string;
  public_folder?: string;
  sortable_fields?: string[];
  fields?: DecapField[];
  editor?: { preview: boolean };
}

export interface DecapConfig {
  load_config_file: false;
  backend: Record<string, unknown> & { name: string };
  local_backend?: { url: string; allowed_hosts?: string[] };
  publish_mode: 'editorial_workflow' | 'simple';
  locale: string;
  site_url?: string;
  display_url?: string;
  media_folder: string;
  public_folder: string;
  max_file_size?: number;
  slug: { encoding: 'ascii' | 'unicode'; clean_accents: boolean; sanitize_replacement: string };
  i18n: { structure: 'multiple_files'; locales: string[]; default_locale: string };
  collections: DecapCollection[];
}
