import type { SlackCall } from '../../standins/slack-api/slack-standin.ts';
import type { Seen } from './chat-driver.ts';

/** How the Slack driver reads what the stand-in received: messages, their buttons and lists. */

export interface Block {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: Array<{
    type: string;
    action_id: string;
    text?: { text: string };
    value?: string;
    options?: Array<{ text: { text: string }; value: string }>;
  }>;
}

export interface ShownMessage {
  readonly channel: string;
  readonly ts: string | undefined;
  readonly blocks: Block[];
}

/** The latest message (posted, or replaced through response_url) passing `test`. */
export function latestMessage(
  calls: readonly SlackCall[],
  test: (blocks: Block[]) => boolean,
  fallbackChannel: string,
): ShownMessage | undefined {
  for (const call of [...calls].reverse()) {
    const blocks = (call.body.blocks ?? []) as Block[];
    const posted =
      call.kind === 'api' &&
      (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral');
    const replaced = call.kind === 'response_url' && call.body.response_type !== 'ephemeral';
    if (
      !(posted || replaced || (call.kind === 'response_url' && blocks.length > 0)) ||
      !test(blocks)
    )
      continue;
    return {
      channel: String(call.body.channel ?? fallbackChannel),
      ts: call.result?.ts as string | undefined,
      blocks,
    };
  }
  return undefined;
}

export type Control =
  | { kind: 'button'; blockId: string; element: NonNullable<Block['elements']>[number] }
  | {
      kind: 'option';
      blockId: string;
      element: NonNullable<Block['elements']>[number];
      option: { text: { text: string }; value: string };
    };

export function findControl(blocks: Block[], label: RegExp): Control | null {
  for (const block of blocks) {
    for (const element of block.elements ?? []) {
      if (
        element.type === 'button' &&
        element.value !== undefined &&
        label.test(element.text?.text ?? '')
      ) {
        return { kind: 'button', blockId: block.block_id ?? '', element };
      }
    }
  }
  for (const block of blocks) {
    for (const element of block.elements ?? []) {
      const option = element.options?.find((candidate) => label.test(candidate.text.text));
      if (element.type === 'static_select' && option)
        return { kind: 'option', blockId: block.block_id ?? '', element, option };
    }
  }
  return null;
}

export function seen(call: SlackCall): Seen[] {
  const blocks = (call.body.blocks ?? []) as Block[];
  const text = blocks.length > 0 ? textOf(blocks) : String(call.body.text ?? '');
  const buttons = blocks.flatMap((block) =>
    (block.elements ?? []).flatMap((element) =>
      element.type === 'button'
        ? [element.text?.text ?? '']
        : element.type === 'static_select'
          ? (element.options ?? []).map((option) => option.text.text)
          : [],
    ),
  );
  if (call.kind === 'response_url') {
    if (call.body.replace_original === true) return [{ kind: 'edit', text, buttons }];
    if (blocks.length > 0) return [{ kind: 'message', text, buttons }];
    return [{ kind: 'notice', text, buttons: [] }];
  }
  if (call.kind !== 'api') return [];
  switch (call.method) {
    case 'chat.postMessage':
    case 'chat.postEphemeral':
      return [{ kind: 'message', text, buttons }];
    case 'chat.update':
      return [{ kind: 'edit', text, buttons }];
    case 'views.open':
      return [
        {
          kind: 'form',
          text: JSON.stringify((call.body.view as { title?: unknown }).title ?? ''),
          buttons: [],
        },
      ];
    default:
      return [];
  }
}

function textOf(blocks: Block[]): string {
  return blocks
    .flatMap((block) =>
      block.text
        ? [block.text.text]
        : block.type === 'context'
          ? (block.elements ?? []).map((element) =>
              String((element as { text?: unknown }).text ?? ''),
            )
          : [],
    )
    .join('\n')
    .replace(/\*/g, '');
}
