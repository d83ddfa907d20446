#!/usr/bin/env node
// Draws Chorus's icon (a speech bubble of voices on the portal's indigo) into the portal's public
// folder: favicon.svg for browsers that take SVG, favicon.ico (16, 32 and 48 pixels, PNG inside)
// for the rest and for `/favicon.ico` requests, and the installed app's icons (icons/: 192 and
// 512 for the manifest, a maskable 512 whose bubble stays inside the safe circle, and the 180
// pixel apple-touch-icon iOS puts on the home screen), rendered from the same SVG with sharp. The
// shapes are defined once below, as SVG and as a coverage test for the rasteriser. Run it after
// changing them, and commit the files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'apps/portal/public');

const INDIGO = [0x4c, 0x6e, 0xf5];
const WHITE = [0xff, 0xff, 0xff];

/** Shapes on a 64 x 64 canvas, painted in order: [colour, svg, contains(x, y)]. */
const roundedRect = (x, y, w, h, r) => (px, py) => {
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return (
    px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r
  );
};
/** The bubble's tail: the triangle (20,44) (32,44) (20,54). */
const tail = (px, py) => px >= 20 && py >= 44 && (px - 20) / 12 + (py - 44) / 10 <= 1;
const SHAPES = [
  [INDIGO, '<rect width="64" height="64" rx="14" fill="#4c6ef5"/>', roundedRect(0, 0, 64, 64, 14)],
  [
    WHITE,
    '<rect x="10" y="14" width="44" height="32" rx="7" fill="#fff"/><path d="M20 44h12L20 54z" fill="#fff"/>',
    (x, y) => roundedRect(10, 14, 44, 32, 7)(x, y) || tail(x, y),
  ],
  ...[
    [19, 25, 12],
    [29.5, 20, 22],
    [40, 27, 8],
  ].map(([x, y, h]) => [
    INDIGO,
    `<rect x="${x}" y="${y}" width="5" height="${h}" rx="2.5" fill="#4c6ef5"/>`,
    roundedRect(x, y, 5, h, 2.5),
  ]),
];

function svg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">${SHAPES.map(([, s]) => s).join('')}</svg>\n`;
}

/**
 * The icon on a square of indigo to the edges, its bubble scaled by `scale` around the centre:
 * launchers and iOS cut their own shape out of it, so it has no transparent corners of its own.
 * A maskable icon's content must stay inside the central circle of 80 % of its width (the
 * bubble's farthest corner is 28.4 units from the centre: scaled by 0.8, 22.7 of the 25.6 allowed).
 */
function fullBleedSvg(scale) {
  const [, ...bubble] = SHAPES.map(([, s]) => s);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#4c6ef5"/>` +
    `<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${bubble.join('')}</g></svg>`
  );
}

/** The app's icons: [file, size, svg]. The manifest and index.html name the same files. */
const APP_ICONS = [
  ['icon-192.png', 192, svg()],
  ['icon-512.png', 512, svg()],
  ['icon-maskable-512.png', 512, fullBleedSvg(0.8)],
  ['apple-touch-icon-180.png', 180, fullBleedSvg(0.9)],
];

async function writeAppIcons() {
  const folder = path.join(out, 'icons');
  mkdirSync(folder, { recursive: true });
  for (const [file, size, source] of APP_ICONS) {
    await sharp(Buffer.from(source), { density: (72 * size) / 64 })
      .resize(size, size)
      .png({ compressionLevel: 9 })
      .toFile(path.join(folder, file));
  }
}

/** RGBA pixels of the icon at `size`, each pixel's coverage sampled 4 x 4 times. */
function raster(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 64) / size;
          const y = ((py + (sy + 0.5) / samples) * 64) / size;
          const hit = SHAPES.findLast(([, , contains]) => contains(x, y));
          if (!hit) continue;
          [r, g, b] = [r + hit[0][0], g + hit[0][1], b + hit[0][2]];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) pixels.set([r / a, g / a, b / a].map(Math.round), offset);
      pixels[offset + 3] = Math.round((a / samples ** 2) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = raster(size);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file whose images are PNGs (understood by every browser and by Windows since Vista). */
function ico(sizes) {
  const images = sizes.map(png);
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, index) => {
    const entry = 6 + index * 16;
    header[entry] = size % 256;
    header[entry + 1] = size % 256;
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(images[index].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += images[index].length;
  });
  return Buffer.concat([header, ...images]);
}

writeFileSync(path.join(out, 'favicon.svg'), svg());
writeFileSync(path.join(out, 'favicon.ico'), ico([16, 32, 48]));
await writeAppIcons();
console.log(`Wrote favicon.svg, favicon.ico and icons/ to ${path.relative(root, out)}`);
