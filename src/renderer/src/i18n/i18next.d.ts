import 'i18next';
import type { Catalogue } from './en';

// Makes an unknown key a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
