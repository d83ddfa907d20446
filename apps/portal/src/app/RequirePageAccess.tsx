import type { Role } from '@chorus/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticePage } from '../components/NoticePage';
import { useCurrentUser } from '../lib/current-user';
import { mayUse } from './pages';

/** Shows the page only to users whose roles allow it; anyone else reads why not. */
export function RequirePageAccess({
  roles,
  children,
}: {
  roles: readonly Role[] | 'any';
  children: ReactNode;
}) {
  const user = useCurrentUser();
  if (mayUse({ roles }, user.roles)) return children;
  return <NotAllowed />;
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <NoticePage
      color="orange"
      title={t('access.notAllowedTitle')}
      message={t('access.notAllowed')}
    />
  );
}
