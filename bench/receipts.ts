// Receipts bench: matching precision and recall, extraction accuracy per field over the labelled
// set, and receipts read per second against pdf-parse alone on the same files (the limit).
import { PDFParse } from 'pdf-parse';
import { foldForMatch } from '../core/labels/fold-text.ts';
import { createPdfSandbox, type PdfSandbox } from '../core/receipts/extract/pdf-sandbox.ts';
import { readReceipt } from '../core/receipts/extract/read-receipt.ts';
import { matchReceipt } from '../core/receipts/matching/find-candidates.ts';
import type { TransactionFacts } from '../core/receipts/matching/match-types.ts';
import { receiptFactsOf } from '../core/receipts/receipt-facts.ts';
import type { ReceiptFields } from '../core/receipts/receipt-types.ts';
import { labelledItems, labelledTransactions, type LabelledItem } from './receipts-labelled.ts';

const OWNER = { names: ['Maëlle Fauconnet', 'MAELLE FAUCONNET'], ibans: [], vatNumbers: [] };
const FIELDS = [
  'kind',
  'number',
  'date',
  'currency',
  'totalCents',
  'netCents',
  'vatCents',
  'vendor',
] as const;

export interface FieldScore {
  readonly correct: number;
  readonly total: number;
}

export interface ReceiptsQuality {
  readonly items: number;
  readonly fields: Readonly<Record<(typeof FIELDS)[number], FieldScore>>;
  readonly matching: {
    readonly truePositives: number;
    readonly falsePositives: number;
    readonly falseNegatives: number;
    readonly precision: number;
    readonly recall: number;
  };
  /** What went wrong, to read when a figure drops. */
  readonly mistakes: readonly string[];
}

/** Reads every labelled file, matches the receipts in order against the labelled transactions. */
export async function evaluateReceipts(sandbox: PdfSandbox): Promise<ReceiptsQuality> {
  const items = labelledItems();
  const pool = new Map(labelledTransactions().map((row) => [row.id, row]));
  const scores = Object.fromEntries(
    FIELDS.map((field) => [field, { correct: 0, total: 0 }]),
  ) as Record<(typeof FIELDS)[number], { correct: number; total: number }>;
  const mistakes: string[] = [];
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;

  for (const item of items) {
    const read = await readReceipt(
      { bytes: item.bytes, fileName: item.name, mime: null },
      { sandbox, owner: OWNER },
    );
    const reading = read.ok ? read.value.reading : null;
    const fields = reading?.kind === 'document' ? reading.fields : null;
    const kind = !read.ok
      ? read.error.code
      : reading?.kind === 'document'
        ? reading.fields.kind
        : reading?.kind === 'statement'
          ? 'bank_statement'
          : 'no_text';
    score(scores.kind, kind === item.kind, mistakes, `${item.name}: kind ${kind}`);
    if (item.fields) scoreFields(item, fields, scores, mistakes);

    const facts = fields ? receiptFactsOf(item.name, fields) : null;
    const decision = facts ? matchReceipt(facts, [...pool.values()]) : null;
    const matched = decision?.outcome === 'matched' ? decision.best.allocations : [];
    for (const allocation of matched) {
      const row = pool.get(allocation.transactionId) as TransactionFacts;
      pool.set(row.id, { ...row, remainingCents: row.remainingCents - allocation.cents });
      if (item.matches.includes(allocation.transactionId)) truePositives += 1;
      else {
        falsePositives += 1;
        mistakes.push(`${item.name}: matched ${allocation.transactionId} wrongly`);
      }
    }
    for (const wanted of item.matches.filter(
      (id) => !matched.some((allocation) => allocation.transactionId === id),
    )) {
      falseNegatives += 1;
      mistakes.push(`${item.name}: did not match ${wanted} (${decision?.outcome ?? 'unread'})`);
    }
  }
  return {
    items: items.length,
    fields: scores,
    matching: {
      truePositives,
      falsePositives,
      falseNegatives,
      precision: truePositives / Math.max(1, truePositives + falsePositives),
      recall: truePositives / Math.max(1, truePositives + falseNegatives),
    },
    mistakes,
  };
}

function scoreFields(
  item: LabelledItem,
  fields: ReceiptFields | null,
  scores: Record<string, { correct: number; total: number }>,
  mistakes: string[],
): void {
  const wanted = item.fields;
  if (!wanted) return;
  const got = {
    number: fields?.number ?? null,
    date: fields?.issueDate ?? null,
    currency: fields?.currency ?? null,
    totalCents: fields?.totalCents ?? null,
    netCents: fields?.netCents ?? null,
    vatCents: fields?.vatCents ?? null,
  };
  for (const key of ['number', 'date', 'currency', 'totalCents', 'netCents', 'vatCents'] as const) {
    score(
      scores[key] as { correct: number; total: number },
      got[key] === wanted[key],
      mistakes,
      `${item.name}: ${key} ${got[key]} ≠ ${wanted[key]}`,
    );
  }
  score(
    scores.vendor as { correct: number; total: number },
    sameVendor(fields?.vendor ?? null, wanted.vendor),
    mistakes,
    `${item.name}: vendor ${fields?.vendor}`,
  );
}

function score(
  target: { correct: number; total: number },
  right: boolean,
  mistakes: string[],
  mistake: string,
): void {
  target.total += 1;
  if (right) target.correct += 1;
  else mistakes.push(mistake);
}

// The labels describe vendors ("Hôtel des Tisserands (SARL Hôtellerie des Tisserands)"): every
// word read must be one of theirs.
function sameVendor(got: string | null, wanted: string | null): boolean {
  if (got === null || wanted === null) return got === wanted;
  const words = new Set(foldForMatch(wanted).split(' '));
  return foldForMatch(got)
    .split(' ')
    .every((word) => words.has(word));
}

export interface ReceiptsThroughput {
  readonly files: number;
  readonly rounds: number;
  readonly receiptsPerSecond: number;
  readonly pdfParsePerSecond: number;
  /** Pointage's full reading (sandbox, Factur-X, fields) against pdf-parse's text alone. */
  readonly ratio: number;
}

/** Both sides read the same readable PDFs `rounds` times, after one warm-up round each. */
export async function measureReceiptsThroughput(
  sandbox: PdfSandbox,
  rounds = 5,
): Promise<ReceiptsThroughput> {
  const files = labelledItems().filter((item) =>
    ['invoice', 'receipt', 'credit_note', 'sales_invoice', 'bank_statement', 'no_text'].includes(
      item.kind,
    ),
  );
  const ours = async () => {
    for (const item of files)
      await readReceipt(
        { bytes: item.bytes, fileName: item.name, mime: null },
        { sandbox, owner: OWNER },
      );
  };
  const alone = async () => {
    for (const item of files) {
      const parser = new PDFParse({ data: new Uint8Array(item.bytes) });
      await parser.getText();
      await parser.destroy();
    }
  };
  const timed = async (run: () => Promise<void>) => {
    await run();
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) await run();
    return (files.length * rounds) / ((performance.now() - started) / 1000);
  };
  const pdfParsePerSecond = await timed(alone);
  const receiptsPerSecond = await timed(ours);
  return {
    files: files.length,
    rounds,
    receiptsPerSecond,
    pdfParsePerSecond,
    ratio: receiptsPerSecond / pdfParsePerSecond,
  };
}

/** What `npm run bench` prints; targets: precision ≥ 0.98, recall ≥ 0.9, ratio ≥ 0.8. */
export async function benchReceipts(
  rounds = Number(process.env.BENCH_RECEIPT_ROUNDS ?? 5),
): Promise<Record<string, string>> {
  const sandbox = createPdfSandbox();
  try {
    const quality = await evaluateReceipts(sandbox);
    const speed = await measureReceiptsThroughput(sandbox, rounds);
    const fields = Object.entries(quality.fields).map(([field, value]) => [
      `accuracy ${field}`,
      `${(value.correct / value.total).toFixed(3)} (${value.correct}/${value.total})`,
    ]);
    return Object.fromEntries([
      ['labelled files', String(quality.items)],
      ['matching precision', quality.matching.precision.toFixed(3)],
      ['matching recall', quality.matching.recall.toFixed(3)],
      [
        'matches (tp/fp/fn)',
        `${quality.matching.truePositives}/${quality.matching.falsePositives}/${quality.matching.falseNegatives}`,
      ],
      ...fields,
      ['receipts/s (Pointage)', speed.receiptsPerSecond.toFixed(1)],
      ['receipts/s (pdf-parse alone)', speed.pdfParsePerSecond.toFixed(1)],
      ['throughput ratio', speed.ratio.toFixed(2)],
      ['mistakes', quality.mistakes.length === 0 ? 'none' : quality.mistakes.join(' | ')],
    ]);
  } finally {
    await sandbox.close();
  }
}
