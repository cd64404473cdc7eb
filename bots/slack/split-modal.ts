import type { types } from '@slack/bolt';
import { categoryWord } from '../../core/conversation/category-keys.ts';
import type { SplitForm } from '../../core/conversation/chat-types.ts';

/** The modal that splits a transaction; `private_metadata` names the question, nothing more. */
export function splitModal(form: SplitForm): types.ModalView {
  const labels = form.labels;
  const option = (entry: { label: string; code: string }) => ({
    text: { type: 'plain_text' as const, text: entry.label.slice(0, 75) },
    value: categoryWord(entry.code),
  });
  const suggested = form.options.find((entry) => entry.code === form.suggestedCode);
  return {
    type: 'modal',
    callback_id: 'split_tx',
    private_metadata: JSON.stringify({ q: form.questionId, tx: form.ref }),
    title: { type: 'plain_text', text: labels.title.slice(0, 24) },
    submit: { type: 'plain_text', text: labels.submit },
    close: { type: 'plain_text', text: labels.cancel },
    blocks: [
      { type: 'section', block_id: 'recap', text: { type: 'mrkdwn', text: `*${form.title}*` } },
      {
        type: 'input',
        block_id: 'amount_pro',
        label: { type: 'plain_text', text: labels.amount },
        element: { type: 'plain_text_input', action_id: 'amount_pro_input' },
      },
      {
        type: 'input',
        block_id: 'category_pro',
        label: { type: 'plain_text', text: labels.category },
        element: {
          type: 'static_select',
          action_id: 'category_select',
          options: form.options.slice(0, 100).map(option),
          ...(suggested ? { initial_option: option(suggested) } : {}),
        },
      },
      {
        type: 'input',
        block_id: 'note',
        optional: true,
        label: { type: 'plain_text', text: labels.note },
        element: { type: 'plain_text_input', action_id: 'note_input', multiline: true },
      },
    ],
  };
}
