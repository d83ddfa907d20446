import { Box, Image } from '@mantine/core';

interface ContentThumbnailProps {
  src: string | null;
  width?: number;
  /** Empty (the default) where the picture only decorates what the text says. */
  alt?: string;
}

/** A small picture of the page (its thumbnail, served by Chorus), or an empty frame. */
export function ContentThumbnail({ src, width = 72, alt = '' }: ContentThumbnailProps) {
  const height = Math.round((width * 9) / 16);
  if (!src) {
    return <Box w={width} h={height} bg="gray.1" style={{ borderRadius: 4 }} aria-hidden="true" />;
  }
  return <Image src={src} alt={alt} w={width} h={height} fit="cover" radius="sm" loading="lazy" />;
}
