import { ThemeIcon } from '@mantine/core';
import { LineIcon } from './LineIcon';

const CHECK = 'M3.5 8.5l3 3 6-7';

/** A decorative green tick for something done, an empty circle for something still to do. */
export function CheckMark({ done }: { done: boolean }) {
  return (
    <ThemeIcon
      aria-hidden="true"
      size="sm"
      radius="xl"
      variant={done ? 'filled' : 'default'}
      color={done ? 'green' : 'gray'}
    >
      {done && <LineIcon path={CHECK} />}
    </ThemeIcon>
  );
}
