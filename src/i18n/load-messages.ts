import type { Language } from '../state/url-state';
import { en, type Messages } from './messages-en';

// English ships in the first download; Urdu and Chinese load on demand, so neither grows the
// initial JavaScript for readers who do not need them.
export async function loadMessages(language: Language): Promise<Messages> {
  switch (language) {
    case 'en':
      return en;
    case 'ur':
      return (await import('./messages-ur')).ur;
    case 'zh':
      return (await import('./messages-zh')).zh;
  }
}
