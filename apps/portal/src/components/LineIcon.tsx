import type { CSSProperties } from 'react';

/** A small decorative line icon (chevrons, sort arrows) drawn from one SVG path. */
export function LineIcon({ path, style }: { path: string; style?: CSSProperties }) {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      aria-hidden="true"
      style={{ flexShrink: 0, ...style }}
    >
      <path d={path} />
    </svg>
  );
}
