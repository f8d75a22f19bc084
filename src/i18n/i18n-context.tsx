import { createContext, type ReactNode, useContext } from 'react';
import type { Language } from '../state/url-state';
import { en, type Messages } from './messages-en';

export interface I18n {
  readonly locale: Language;
  readonly messages: Messages;
}

const I18nContext = createContext<I18n>({ locale: 'en', messages: en });

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
