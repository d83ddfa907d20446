import 'i18next';
import type { EnglishCatalogue } from '@chorus/core';
import type en from './locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en } & EnglishCatalogue;
    returnNull: false;
  }
}
