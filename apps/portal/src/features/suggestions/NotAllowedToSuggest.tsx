import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Suggesting is for people in the programme (and curators): the way to join. */
export function NotAllowedToSuggest() {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('suggestions.notAllowedTitle')}>
      {t('suggestions.notAllowed')}{' '}
      <Anchor component={Link} to="/advocacy">
        {t('suggestions.join')}
      </Anchor>
    </Alert>
  );
}
