import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { PageLoader } from '../../components/PageLoader';
import { QueryError } from '../../components/QueryError';
import { trackedCodeOf } from './tracked-link-code';
import { TrackedLinkDetails } from './TrackedLinkDetails';
import { useTrackedLink } from './use-tracked-link';

/** For admins: the share behind a tracked link, found by the link or its code (`?code=`). */
export function TrackedLinksPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('code') || null;
  const link = useTrackedLink(code);

  const lookUp = (found: string) => {
    if (found === code) void link.refetch();
    else setParams({ code: found });
  };

  return (
    <Stack maw={760}>
      <div>
        <Title order={1}>{t('trackedLinks.title')}</Title>
        <Text c="dimmed">{t('trackedLinks.intro')}</Text>
      </div>
      <LookupForm initial={code ?? ''} onLookUp={lookUp} />
      {code === null ? null : link.isPending ? (
        <PageLoader label={t('trackedLinks.loading')} />
      ) : link.isError ? (
        link.error instanceof ApiError && link.error.status === 404 ? (
          <Alert color="yellow" title={t('trackedLinks.notFound')}>
            {t('trackedLinks.notFoundHint')}
          </Alert>
        ) : (
          <QueryError
            title={t('trackedLinks.loadFailed')}
            error={link.error}
            onRetry={() => void link.refetch()}
          />
        )
      ) : (
        <TrackedLinkDetails link={link.data} />
      )}
    </Stack>
  );
}

function LookupForm({ initial, onLookUp }: { initial: string; onLookUp: (code: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = trackedCodeOf(value);
    setInvalid(code === null);
    if (code !== null) onLookUp(code);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('trackedLinks.lookup.label')}
          description={t('trackedLinks.lookup.description')}
          placeholder={t('trackedLinks.lookup.placeholder')}
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={invalid ? t('trackedLinks.lookup.invalid') : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <Group>
          <Button type="submit">{t('trackedLinks.lookup.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
