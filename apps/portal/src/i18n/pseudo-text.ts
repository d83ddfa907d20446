/**
 * The pseudo-locale's text transform, kept free of the browser and of i18next so that the
 * browser tests can work out what a string reads like in it (see `pseudo.ts`).
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const LOOKALIKES: Record<string, string> = {
  a: 'å',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'ê',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ħ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ř',
  s: 'š',
  t: 'ŧ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'Ê',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ħ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ř',
  S: 'Š',
  T: 'Ŧ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

const VOWELS = /[aeiouyAEIOUY]/;

/**
 * What i18next and react-i18next read inside a string, left as written: placeholders
 * (`{{name}}`, `{{count, number}}`), nesting (`$t(key)`) and `<Trans>` tags (`<date/>`, `<1>`).
 */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[A-Za-z0-9]+\s*\/?>)/;

/** One translated string in the pseudo-locale; a string already transformed is returned as is. */
export function pseudoLocalize(text: string): string {
  if (text.startsWith(PSEUDO_OPEN)) return text;
  const parts = text.split(PROTECTED);
  const letters = parts
    .filter((_, index) => index % 2 === 0)
    .join('')
    .replace(/[^A-Za-z]/g, '').length;
  // About 30% longer, by repeating vowels; what vowels cannot give is padded at the end.
  let extra = Math.ceil(letters * 0.3);
  const transformed = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    let out = '';
    for (const char of part) {
      const lookalike = LOOKALIKES[char] ?? char;
      out += lookalike;
      if (extra > 0 && VOWELS.test(char)) {
        out += lookalike;
        extra -= 1;
      }
    }
    return out;
  });
  const padding = extra > 0 ? ` ${'·'.repeat(extra)}` : '';
  return `${PSEUDO_OPEN}${transformed.join('')}${padding}${PSEUDO_CLOSE}`;
}

type Tree = { [key: string]: unknown };

/** A resource bundle with every string in the pseudo-locale; the bundle given is not changed. */
export function pseudoLocalizeTree<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoLocalize(tree) as T;
  if (Array.isArray(tree)) return tree.map((entry: unknown) => pseudoLocalizeTree(entry)) as T;
  if (tree !== null && typeof tree === 'object') {
    return Object.fromEntries(
      Object.entries(tree as Tree).map(([key, value]) => [key, pseudoLocalizeTree(value)]),
    ) as T;
  }
  return tree;
}
