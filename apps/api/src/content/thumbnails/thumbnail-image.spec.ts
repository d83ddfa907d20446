import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import {
  ImageRefusedError,
  makeThumbnail,
  THUMBNAIL_CONTENT_TYPE,
  THUMBNAIL_MAX_WIDTH,
} from './thumbnail-image';

/** A real picture of the given size and format, made for the test. */
function picture(
  format: 'png' | 'jpeg' | 'webp' | 'gif',
  width = 1200,
  height = 630,
): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 110, b: 200 } },
  })
    .toFormat(format)
    .toBuffer();
}

/**
 * A PNG whose header claims `width` × `height` pixels but whose data is one pixel: a few hundred
 * bytes that would take gigabytes to decode.
 */
async function pngBomb(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await picture('png', 1, 1));
  // The IHDR chunk follows the 8-byte signature: length (4), type (4), width, height, ..., CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('makeThumbnail', () => {
  it.each(['png', 'jpeg', 'webp', 'gif'] as const)(
    'scales a %s down to the card width, as WebP',
    async (format) => {
      const thumbnail = await makeThumbnail(await picture(format));
      expect(thumbnail).toMatchObject({
        contentType: THUMBNAIL_CONTENT_TYPE,
        width: THUMBNAIL_MAX_WIDTH,
        height: 315,
      });
      const written = await sharp(thumbnail.data).metadata();
      expect(written).toMatchObject({ format: 'webp', width: 600, height: 315 });
      expect(thumbnail.hash).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('never enlarges a small picture', async () => {
    const thumbnail = await makeThumbnail(await picture('png', 120, 80));
    expect(thumbnail).toMatchObject({ width: 120, height: 80 });
  });

  it('keeps a tall picture within a square of the card width', async () => {
    const thumbnail = await makeThumbnail(await picture('jpeg', 400, 2000));
    expect(thumbnail).toMatchObject({ width: 120, height: 600 });
  });

  it('drops the metadata, EXIF included', async () => {
    const withExif = await sharp(await picture('jpeg'))
      .withExif({ IFD0: { Artist: 'Someone', Copyright: 'Somewhere' } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const thumbnail = await makeThumbnail(withExif);
    expect((await sharp(thumbnail.data).metadata()).exif).toBeUndefined();
  });

  it('gives the same picture the same hash, and another picture another', async () => {
    const [a, b, c] = await Promise.all([
      picture('png').then(makeThumbnail),
      picture('png').then(makeThumbnail),
      picture('png', 800, 600).then(makeThumbnail),
    ]);
    expect(a.hash).toBe(b.hash);
    expect(c.hash).not.toBe(a.hash);
  });

  it('refuses an SVG, which may carry scripts', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><script>alert(1)</script><rect width="600" height="300" fill="red"/></svg>',
    );
    await expect(makeThumbnail(svg)).rejects.toThrow(
      new ImageRefusedError('refused: SVG images are not shown (they may hold scripts)'),
    );
  });

  it('refuses a decompression bomb by its pixel count, before decoding it', async () => {
    const bomb = await pngBomb(60_000, 60_000);
    expect(bomb.length).toBeLessThan(200);
    await expect(makeThumbnail(bomb)).rejects.toThrow(
      /^refused: the image is too large to read \(60000 × 60000 pixels\)$/,
    );
  });

  it('refuses a picture above a lower pixel limit when given one', async () => {
    await expect(
      makeThumbnail(await picture('png', 200, 200), { maxInputPixels: 100 * 100 }),
    ).rejects.toThrow(/too large to read/);
  });

  it('refuses bytes that are not an image', async () => {
    const html = Buffer.from(
      '<!doctype html><html><head><title>Not a picture</title></head></html>',
    );
    await expect(makeThumbnail(html)).rejects.toThrow(
      new ImageRefusedError('refused: not an image'),
    );
    await expect(makeThumbnail(Buffer.alloc(0))).rejects.toThrow('refused: not an image');
  });

  it('refuses an image cut off in the middle', async () => {
    const png = await picture('png', 600, 400);
    const cut = png.subarray(0, Math.floor(png.length / 2));
    await expect(makeThumbnail(cut)).rejects.toThrow(/^refused: the PNG image could not be read$/);
  });
});
