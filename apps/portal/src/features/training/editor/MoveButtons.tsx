import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** What moves, as the buttons' accessible names say it. */
  name: string;
  /** 1 is first. */
  position: number;
  count: number;
  disabled: boolean;
  onMove: (position: number) => void;
}

/** "Move up" and "Move down" for one of an ordered list's entries. */
export function MoveButtons({ name, position, count, disabled, onMove }: MoveButtonsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        aria-label={t('trainingEditor.moveUpLabel', { name })}
        disabled={disabled || position <= 1}
        onClick={() => onMove(position - 1)}
      >
        {t('trainingEditor.moveUp')}
      </Button>
      <Button
        size="xs"
        variant="default"
        aria-label={t('trainingEditor.moveDownLabel', { name })}
        disabled={disabled || position >= count}
        onClick={() => onMove(position + 1)}
      >
        {t('trainingEditor.moveDown')}
      </Button>
    </>
  );
}
