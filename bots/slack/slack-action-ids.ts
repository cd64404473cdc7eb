import type { Verb } from '../../core/conversation/chat-types.ts';

/** Block Kit action ids per verb; repeated ones in a message get a `.2`, `.3`… suffix. */
export const ACTION_IDS: Readonly<Record<Verb, string>> = {
  c: 'tx_confirm',
  o: 'tx_other',
  s: 'tx_split',
  p: 'tx_personal',
  a: 'act',
};
export const SELECT_ACTION_ID = 'tx_choose_category';
export const LINK_ACTION_ID = 'link';

export const VERB_OF_ACTION: ReadonlyMap<string, Verb> = new Map(
  Object.entries(ACTION_IDS).map(([verb, id]) => [id, verb as Verb]),
);

/** Every action id this bot writes. */
export const OUR_ACTIONS =
  /^(tx_confirm|tx_other|tx_split|tx_personal|act|tx_choose_category)(\.\d+)?$/;
export const LINK_ACTIONS = /^link(\.\d+)?$/;

export function baseActionId(actionId: string): string {
  return actionId.split('.')[0] ?? actionId;
}
