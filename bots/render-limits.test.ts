import { describe, expect, test } from 'vitest';
import { BNC_CHART } from '../core/categories/bnc-chart.ts';
import type { ChatMessage } from '../core/conversation/chat-types.ts';
import { renderBlocks } from './slack/render-blocks.ts';
import { renderTelegram } from './telegram/render-telegram.ts';

const ref = '0b6f3c1e-9a7d-4e2b-8c5f-3d2a1b0c9e8f';
const everyCategory: ChatMessage = {
  text: `*16/10/2026 · <SHOP> & CO · Carte 4821 · −92,00 €*\n${'• une ligne de la liste des opérations\n'.repeat(2_000)}`,
  buttons: BNC_CHART.map((category) => ({
    label: category.labelFr,
    token: { verb: 'c', ref, arg: category.code, questionId: 'q_ABCDEF12' },
  })),
  choices: {
    placeholder: 'Autre catégorie…',
    ref,
    options: Array.from({ length: 150 }, (_, index) => ({
      label: `Catégorie ${index}`,
      code: BNC_CHART[index % BNC_CHART.length]!.code,
    })),
  },
  footer: 'Question 1 sur 3',
  questionId: 'q_ABCDEF12',
};

describe('platform limits', () => {
  test('Block Kit: at most 50 blocks, 3,000 characters a section, 25 elements a block, 100 options, unique action ids', () => {
    const { blocks } = renderBlocks(everyCategory);
    expect(blocks.length).toBeLessThanOrEqual(50);
    const ids: string[] = [];
    for (const block of blocks) {
      if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
      if (block.type === 'actions') {
        expect(block.elements.length).toBeLessThanOrEqual(25);
        for (const element of block.elements) {
          ids.push(String((element as { action_id: string }).action_id));
          if (element.type === 'static_select')
            expect(element.options!.length).toBeLessThanOrEqual(100);
          if (element.type === 'button') expect(element.text.text.length).toBeLessThanOrEqual(75);
        }
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('Telegram: text within 4,096 characters, HTML escaped, every callback within 64 bytes', () => {
    const { text, keyboard } = renderTelegram(everyCategory);
    expect(text.length).toBeLessThanOrEqual(4_096);
    expect(text).toContain('<b>16/10/2026 · &lt;SHOP&gt; &amp; CO · Carte 4821 · −92,00 €</b>');
    for (const button of keyboard!.inline_keyboard.flat()) {
      expect(
        Buffer.byteLength((button as { callback_data: string }).callback_data),
      ).toBeLessThanOrEqual(64);
    }
  });
});
