/** Supported locales: Bahasa Indonesia (default) and English. */
export type Locale = 'id' | 'en';

/** A text in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/** Builds a bilingual text. */
export function t(id: string, en: string): Text {
  return { id, en };
}
