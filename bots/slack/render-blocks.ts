import type { types } from '@slack/bolt';
import { categoryWord } from '../../core/conversation/category-keys.ts';
import type { ButtonToken, ChatButton, ChatMessage } from '../../core/conversation/chat-types.ts';
import { ACTION_IDS, LINK_ACTION_ID, SELECT_ACTION_ID } from './slack-action-ids.ts';

// Block Kit limits: 50 blocks a message, 25 elements an actions block, 100 options a select,
// 3,000 characters a section, 75 a button label.
const MAX_BLOCKS = 50;
const MAX_ELEMENTS = 25;
const MAX_OPTIONS = 100;
const MAX_SECTION = 3_000;
const MAX_LABEL = 75;

type KnownBlock = types.KnownBlock;
type Button = types.Button;
type ActionsBlock = types.ActionsBlock;

export interface SlackRendering {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/** A message as Block Kit: sections of text, buttons bound to the question, a pick-list. */
export function renderBlocks(message: ChatMessage): SlackRendering {
  const blocks: KnownBlock[] = sections(message).map((text, index) => ({
    type: 'section',
    ...(index === 0 && message.questionId ? { block_id: `q:${message.questionId}` } : {}),
    text: { type: 'mrkdwn', text },
  }));

  const counters = new Map<string, number>();
  const actionId = (base: string) => {
    const seen = (counters.get(base) ?? 0) + 1;
    counters.set(base, seen);
    return seen === 1 ? base : `${base}.${seen}`;
  };
  const elements: ActionsBlock['elements'] = message.buttons.map((button) =>
    buttonElement(button, actionId),
  );
  if (message.choices && message.choices.options.length > 0) {
    elements.splice(Math.min(1, elements.length), 0, {
      type: 'static_select',
      action_id: actionId(SELECT_ACTION_ID),
      placeholder: { type: 'plain_text', text: label(message.choices.placeholder) },
      options: message.choices.options.slice(0, MAX_OPTIONS).map((option) => ({
        text: { type: 'plain_text', text: label(option.label) },
        value: categoryWord(option.code),
      })),
    });
  }
  const ref = message.choices?.ref ?? message.buttons.find((button) => button.token)?.token?.ref;
  for (let start = 0; start < elements.length; start += MAX_ELEMENTS) {
    const part = start / MAX_ELEMENTS;
    blocks.push({
      type: 'actions',
      ...(ref ? { block_id: part === 0 ? `tx:${ref}` : `tx:${ref}:${part + 1}` } : {}),
      elements: elements.slice(start, start + MAX_ELEMENTS),
    });
  }
  if (message.footer)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: message.footer }] });
  return { text: fallbackText(message.text), blocks: blocks.slice(0, MAX_BLOCKS) };
}

function buttonElement(button: ChatButton, actionId: (base: string) => string): Button {
  const text = { type: 'plain_text' as const, text: label(button.label), emoji: true };
  if (button.url)
    return { type: 'button', action_id: actionId(LINK_ACTION_ID), text, url: button.url };
  const token = button.token!;
  return {
    type: 'button',
    action_id: actionId(ACTION_IDS[token.verb]),
    text,
    value: JSON.stringify(buttonValue(token)),
    ...(button.primary ? { style: 'primary' as const } : {}),
  };
}

/** What a button's value carries: the question, the subject, the choice; nothing else. */
export function buttonValue(token: ButtonToken): Record<string, unknown> {
  switch (token.verb) {
    case 'c':
      return { q: token.questionId, tx: token.ref, cat: categoryWord(token.arg ?? '') };
    case 'o':
      return {
        q: token.questionId,
        tx: token.ref,
        ...(token.arg === 'back' ? { back: true } : {}),
      };
    case 's':
    case 'p':
      return { q: token.questionId, tx: token.ref };
    case 'a':
      return { q: token.questionId ?? token.ref, i: Number(token.arg) };
  }
}

function sections(message: ChatMessage): string[] {
  const budget = message.preformatted ? MAX_SECTION - 8 : MAX_SECTION;
  const chunks: string[] = [];
  let current = '';
  for (const line of message.text.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > budget && current) {
      chunks.push(current);
      current = line.slice(0, budget);
    } else {
      current = next.slice(0, budget);
    }
  }
  if (current) chunks.push(current);
  const limited = chunks.slice(0, MAX_BLOCKS - 4);
  return message.preformatted ? limited.map((chunk) => `\`\`\`${chunk}\`\`\``) : limited;
}

function label(text: string): string {
  return text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1)}…`;
}

function fallbackText(text: string): string {
  return text.replace(/\*/g, '').slice(0, 3_000);
}
