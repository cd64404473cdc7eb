import { categoryCodeFromKey } from '../../core/conversation/category-keys.ts';
import type { ButtonToken } from '../../core/conversation/chat-types.ts';
import { SELECT_ACTION_ID, VERB_OF_ACTION, baseActionId } from './slack-action-ids.ts';
import { buttonValue, type BlockActions } from './slack-payloads.ts';

type Action = BlockActions['actions'][number];

/**
 * The token of a click: a button's `value` (JSON, validated), or for the category pick-list
 * the chosen option, the transaction from `block_id` ("tx:<ref>") and the question from the
 * message's first section ("q:<id>"). Null for anything this bot did not write.
 */
export function slackActionToken(body: BlockActions, action: Action): ButtonToken | null {
  const base = baseActionId(action.action_id);
  if (base === SELECT_ACTION_ID) {
    const ref = /^tx:([^:]+)/.exec(action.block_id)?.[1];
    const chosen = action.selected_option?.value;
    if (!ref || !chosen) return null;
    const section = body.message?.blocks?.find((block) => block.block_id?.startsWith('q:'));
    const questionId = section?.block_id?.slice(2);
    return {
      verb: 'c',
      ref,
      arg: categoryCodeFromKey(chosen) ?? chosen,
      ...(questionId ? { questionId } : {}),
    };
  }

  const verb = VERB_OF_ACTION.get(base);
  if (!verb || !action.value) return null;
  const value = buttonValue.safeParse(safeJson(action.value));
  if (!value.success) return null;
  const { q, tx, cat, i, back } = value.data;
  const withQuestion = q ? { questionId: q } : {};
  switch (verb) {
    case 'c':
      return tx && cat
        ? { verb, ref: tx, arg: categoryCodeFromKey(cat) ?? cat, ...withQuestion }
        : null;
    case 'o':
      return tx ? { verb, ref: tx, ...(back ? { arg: 'back' } : {}), ...withQuestion } : null;
    case 's':
    case 'p':
      return tx ? { verb, ref: tx, ...withQuestion } : null;
    case 'a':
      return q && i !== undefined ? { verb, ref: q, arg: String(i), questionId: q } : null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
