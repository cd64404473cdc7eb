import { describe, expect, test } from 'vitest';
import type { CalendarDate } from '../dates/calendar-date.ts';
import { parseIntent } from './intents.ts';

const today = '2026-11-12' as CalendarDate;

describe('reading what people type', () => {
  test.each([
    ['/start INV-7KQ2-LYON', { kind: 'start', code: 'INV-7KQ2-LYON' }],
    ['/start@pointage_compta_bot', { kind: 'start', code: null }],
    ['inv-7kq2-lyon', { kind: 'start', code: 'INV-7KQ2-LYON' }],
    ['/justificatifs octobre dépenses', { kind: 'missing_receipts', month: '2026-10' }],
    ['justificatifs', { kind: 'missing_receipts', month: '2026-11' }],
    ['qu’est-ce qu’il me manque pour octobre ?', { kind: 'missing_receipts', month: '2026-10' }],
    ['statut décembre', { kind: 'status', month: '2025-12' }],
    ['/livre 2026-09', { kind: 'books', month: '2026-09' }],
    ['Banques Crédit Agricole', { kind: 'banks', query: 'Crédit Agricole' }],
    ['categories', { kind: 'categories' }],
    ['langue en', { kind: 'language', locale: 'en' }],
    ['/frobnicate', { kind: 'unknown_command', command: '/frobnicate' }],
    ['18,40', { kind: 'text', text: '18,40' }],
    [
      'perso, c’était mon anniversaire 🙂',
      { kind: 'text', text: 'perso, c’était mon anniversaire 🙂' },
    ],
  ])('%s', (text, intent) => {
    expect(parseIntent(text, today)).toEqual(intent);
  });
});
