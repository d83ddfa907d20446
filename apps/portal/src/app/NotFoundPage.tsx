import { useTranslation } from 'react-i18next';
import { NoticePage } from '../components/NoticePage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <NoticePage color="gray" title={t('notFound.title')} message={t('notFound.message')} />;
}
