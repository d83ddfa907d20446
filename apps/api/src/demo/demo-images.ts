import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** A flat, calm palette per topic: two background tones and an accent. */
const PALETTES: Record<string, [string, string, string]> = {
  Sustainability: ['#1f6f5c', '#4fa37f', '#f4d35e'],
  Product: ['#243b6b', '#3f6fb5', '#9ad1ff'],
  Industry: ['#3a3153', '#6a5a8c', '#f2a65a'],
  Culture: ['#8a3b4a', '#d9736a', '#ffd6a5'],
  Careers: ['#1d4e63', '#2f8f9d', '#f6e27f'],
  Events: ['#4b2a5c', '#b05a7a', '#ffc4a3'],
};

const WIDTH = 1200;
const HEIGHT = 630;

/**
 * A header picture for a demo article, drawn here so that the demo shows real card pictures
 * without reaching the internet: the topic's palette and motif, with shapes placed from the
 * article's address, so no two look alike. Returns PNG bytes, as a page's server might.
 */
export function demoHeaderImage(url: string, topic: string): Promise<Buffer> {
  const [dark, light, accent] = PALETTES[topic] ?? PALETTES.Product;
  const seed = createHash('sha256').update(url).digest();
  const at = (index: number, span: number) => (seed[index % seed.length] / 255) * span;
  const blobs = [0, 1, 2, 3]
    .map((n) => {
      const r = 90 + at(n * 3 + 2, 220);
      return `<circle cx="${at(n * 3, WIDTH)}" cy="${at(n * 3 + 1, HEIGHT)}" r="${r}" fill="#fff" opacity="${0.05 + at(n + 20, 0.07)}"/>`;
    })
    .join('');
  const hill = `M0 ${470 + at(14, 60)} C ${300 + at(15, 200)} ${400 + at(16, 80)}, ${700 + at(17, 200)} ${540 + at(18, 60)}, ${WIDTH} ${440 + at(19, 80)} L ${WIDTH} ${HEIGHT} L 0 ${HEIGHT} Z`;
  // The motif stands left or right, and the palette turns a little, so items of a topic differ.
  const motifX = seed[24] % 2 === 0 ? 580 + at(21, 160) : 120 + at(21, 160);
  const hue = Math.round(at(23, 36) - 18);
  // Drawn at card size: a bigger picture would only be scaled down again.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH / 2}" height="${HEIGHT / 2}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  ${blobs}
  <path d="${hill}" fill="${dark}" opacity="0.45"/>
  <g transform="translate(${motifX} ${150 + at(22, 60)})">${motif(topic, accent, at)}</g>
</svg>`;
  return sharp(Buffer.from(svg)).modulate({ hue }).png().toBuffer();
}

function motif(topic: string, accent: string, at: (index: number, span: number) => number): string {
  switch (topic) {
    case 'Sustainability': {
      const rays = Array.from({ length: 12 }, (_, n) => {
        const angle = (n * Math.PI) / 6;
        const [x1, y1] = [Math.cos(angle) * 110, Math.sin(angle) * 110];
        const [x2, y2] = [Math.cos(angle) * 150, Math.sin(angle) * 150];
        return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${accent}" stroke-width="14" stroke-linecap="round"/>`;
      }).join('');
      return `<circle r="85" fill="${accent}"/>${rays}`;
    }
    case 'Industry': {
      const bars = [0, 1, 2, 3, 4]
        .map((n) => {
          const h = 60 + at(n + 24, 180);
          return `<rect x="${n * 60}" y="${260 - h}" width="40" height="${h}" rx="6" fill="#fff" opacity="0.85"/>`;
        })
        .join('');
      return `${bars}<path d="M -10 ${200 - at(29, 40)} L 120 ${140 - at(30, 60)} L 260 ${60 - at(31, 40)}" stroke="${accent}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
    }
    case 'Culture':
      return [0, 1, 2]
        .map(
          (n) =>
            `<g transform="translate(${n * 110} ${n === 1 ? -20 : 20})"><circle cx="60" cy="60" r="42" fill="${n === 1 ? accent : '#fff'}" opacity="0.9"/><path d="M 0 220 C 0 130, 120 130, 120 220 Z" fill="${n === 1 ? accent : '#fff'}" opacity="0.9"/></g>`,
        )
        .join('');
    case 'Careers':
      return (
        [0, 1, 2, 3]
          .map(
            (n) =>
              `<rect x="${n * 70}" y="${240 - n * 60}" width="70" height="${n * 60 + 20}" fill="#fff" opacity="${0.55 + n * 0.12}"/>`,
          )
          .join('') + `<circle cx="245" cy="${120 - at(26, 20)}" r="26" fill="${accent}"/>`
      );
    case 'Events': {
      const cells = Array.from({ length: 12 }, (_, n) => {
        const fill = n === Math.floor(at(27, 11.99)) ? accent : '#fff';
        return `<rect x="${20 + (n % 4) * 62}" y="${80 + Math.floor(n / 4) * 56}" width="46" height="40" rx="6" fill="${fill}" opacity="0.9"/>`;
      }).join('');
      return `<rect width="288" height="260" rx="18" fill="#fff" opacity="0.25"/><rect width="288" height="56" rx="18" fill="${accent}"/>${cells}`;
    }
    default:
      return `<rect width="320" height="220" rx="18" fill="#fff" opacity="0.9"/><rect width="320" height="40" rx="18" fill="${accent}"/>
        <rect x="24" y="70" width="${120 + at(28, 120)}" height="18" rx="9" fill="#c9d6ea"/>
        <rect x="24" y="104" width="${90 + at(29, 150)}" height="18" rx="9" fill="#c9d6ea"/>
        <rect x="24" y="150" width="110" height="44" rx="10" fill="${accent}"/>`;
  }
}
