import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** How wide a card thumbnail is stored: a feed card at twice its CSS width on a dense screen. */
export const THUMBNAIL_MAX_WIDTH = 600;
/** A very tall picture is cut down too, so that no thumbnail is larger than a square of this. */
export const THUMBNAIL_MAX_HEIGHT = 600;
/** More pixels than a 40-megapixel photo is refused before it is decoded: a decompression bomb. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Formats a page's image may be in. SVG is not one of them: it may carry scripts. */
export const ACCEPTED_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'heif'] as const;

export const THUMBNAIL_CONTENT_TYPE = 'image/webp';

/** A picture that cannot become a thumbnail; `message` is short enough to show a curator. */
export class ImageRefusedError extends Error {
  override readonly name = 'ImageRefusedError';
}

export interface ThumbnailImage {
  contentType: string;
  width: number;
  height: number;
  data: Buffer;
  /** SHA-256 of `data`, hex: the ETag and the version in the thumbnail's address. */
  hash: string;
}

/**
 * Turns the bytes a page's image address answered with into a card thumbnail: checked to be a
 * raster image by its bytes (whatever its Content-Type said), its size checked before it is
 * decoded, turned upright, scaled down to fit THUMBNAIL_MAX_WIDTH × THUMBNAIL_MAX_HEIGHT and
 * written as WebP without its metadata (no EXIF location, no colour profile beyond sRGB).
 */
export async function makeThumbnail(
  bytes: Buffer,
  { maxInputPixels = MAX_INPUT_PIXELS }: { maxInputPixels?: number } = {},
): Promise<ThumbnailImage> {
  const options = { limitInputPixels: maxInputPixels, failOn: 'error', animated: false } as const;
  let metadata: sharp.Metadata;
  try {
    // Reading the header decodes no pixels, so the size is checked below, where it can be named.
    metadata = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRefusedError('refused: not an image');
  }
  const format = metadata.format as string;
  if (format === 'svg') {
    throw new ImageRefusedError('refused: SVG images are not shown (they may hold scripts)');
  }
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format)) {
    throw new ImageRefusedError(`refused: unsupported image format (${format})`);
  }
  const { width, height } = metadata;
  if (!width || !height) throw new ImageRefusedError('refused: the image has no size');
  if (width * height > maxInputPixels) {
    throw new ImageRefusedError(
      `refused: the image is too large to read (${width} × ${height} pixels)`,
    );
  }
  let output: { data: Buffer; info: sharp.OutputInfo };
  try {
    output = await sharp(bytes, options)
      .rotate()
      .resize({
        width: THUMBNAIL_MAX_WIDTH,
        height: THUMBNAIL_MAX_HEIGHT,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRefusedError(`refused: the ${format.toUpperCase()} image could not be read`);
  }
  return {
    contentType: THUMBNAIL_CONTENT_TYPE,
    width: output.info.width,
    height: output.info.height,
    data: output.data,
    hash: createHash('sha256').update(output.data).digest('hex'),
  };
}
