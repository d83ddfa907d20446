import type english from './en';

/** The English catalogue: every namespace and key, the shape every language follows. */
export type EnglishCatalogue = typeof english;

export type MessageNamespace = keyof EnglishCatalogue;

/** A language's files: any namespace it has not translated yet falls back to English. */
export type Translations = Partial<Record<MessageNamespace, object>>;

/** CLDR plural categories, the suffixes i18next gives plural forms (`problems_one`). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** The dotted paths to every sentence of a namespace, plural forms folded into one key. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${WithoutPlural<K>}`
    : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A catalogue key with its namespace, e.g. `errors:topics.notFound`. */
export type MessageKey = {
  [N in MessageNamespace]: `${N}:${Leaves<EnglishCatalogue[N]>}`;
}[MessageNamespace];

/** The values a sentence needs; `count` picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;
