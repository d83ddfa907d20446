import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab (and history entry) after the page: "Content · Chorus", or "Chorus". */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${product}` : product;
  }, [pageTitle, product]);
}
