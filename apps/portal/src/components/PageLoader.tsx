import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A centered loader for a whole page or section, announced to assistive technology. */
export function PageLoader({
  label,
  fullScreen = false,
}: {
  label?: string;
  fullScreen?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Center h={fullScreen ? '100dvh' : 200} role="status" aria-label={label ?? t('app.loading')}>
      <Loader />
    </Center>
  );
}
