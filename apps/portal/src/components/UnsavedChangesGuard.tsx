import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { currentLanguage } from '../i18n';

type Report = (name: string, unsaved: boolean) => void;

const UnsavedChangesContext = createContext<Report>(() => undefined);

/**
 * Asks before leaving a page whose forms have unsaved changes: for a link or back within the
 * portal, a dialog naming the forms; for closing or reloading the tab, the browser's own.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [unsaved, setUnsaved] = useState<readonly string[]>([]);
  const report = useCallback<Report>(
    (name, now) =>
      setUnsaved((names) =>
        now
          ? names.includes(name)
            ? names
            : [...names, name]
          : names.filter((other) => other !== name),
      ),
    [],
  );
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved.length > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useWindowEvent('beforeunload', (event) => {
    if (unsaved.length > 0) event.preventDefault();
  });
  const forms = new Intl.ListFormat(currentLanguage(i18n), { type: 'conjunction' }).format(unsaved);

  return (
    <UnsavedChangesContext value={report}>
      {children}
      <Modal
        opened={blocker.state === 'blocked'}
        onClose={() => blocker.reset?.()}
        title={t('unsavedChanges.title')}
        closeButtonProps={{ 'aria-label': t('app.close') }}
      >
        <Stack>
          <Text>{t('unsavedChanges.message', { count: unsaved.length, forms })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => blocker.proceed?.()}>
              {t('unsavedChanges.leave')}
            </Button>
            <Button onClick={() => blocker.reset?.()} data-autofocus>
              {t('unsavedChanges.stay')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </UnsavedChangesContext>
  );
}

/** Tells the page's guard whether the form called `name` has unsaved changes. */
export function useUnsavedChanges(name: string, unsaved: boolean) {
  const report = useContext(UnsavedChangesContext);
  useEffect(() => {
    if (!unsaved) return;
    report(name, true);
    return () => report(name, false);
  }, [report, name, unsaved]);
}
