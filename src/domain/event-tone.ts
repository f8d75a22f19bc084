import type { PloverType } from './types';

// PLOVER's categories fall into cooperative and conflictual families; marks use the family for
// colour and shape (shape too, so the difference never rests on colour alone).
export type EventTone = 'cooperative' | 'conflictual' | 'neutral';

const TONES: Record<PloverType, EventTone> = {
  AGREE: 'cooperative',
  CONSULT: 'cooperative',
  SUPPORT: 'cooperative',
  CONCEDE: 'cooperative',
  COOPERATE: 'cooperative',
  AID: 'cooperative',
  RETREAT: 'cooperative',
  REQUEST: 'neutral',
  ACCUSE: 'conflictual',
  REJECT: 'conflictual',
  THREATEN: 'conflictual',
  PROTEST: 'conflictual',
  SANCTION: 'conflictual',
  MOBILIZE: 'conflictual',
  COERCE: 'conflictual',
  ASSAULT: 'conflictual',
};

export function toneOf(type: PloverType | undefined): EventTone {
  return type === undefined ? 'neutral' : TONES[type];
}
