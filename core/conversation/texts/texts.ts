import type { Locale } from '../chat-types.ts';
import { textsEn } from './texts-en.ts';
import { textsFr } from './texts-fr.ts';
import type { Texts } from './texts-types.ts';

export type { Texts } from './texts-types.ts';

export function textsFor(locale: Locale): Texts {
  return locale === 'en' ? textsEn : textsFr;
}
