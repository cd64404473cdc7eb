import type { BankingPort, ConnectionSummary } from '../../core/conversation/conversation-ports.ts';
import type { Database } from '../../core/db/prisma-client.ts';
import { foldAccents } from '../../core/labels/fold-text.ts';

const BANKS = [
  { id: 'Crédit Agricole|FR', name: 'Crédit Agricole' },
  { id: 'Crédit Mutuel|FR', name: 'Crédit Mutuel' },
  { id: 'Banque Saône-Rhône|FR', name: 'Banque Saône-Rhône' },
  { id: 'Qonto|FR', name: 'Qonto' },
];

export interface FakeBanking extends BankingPort {
  readonly calls: Array<{ readonly op: string; readonly id: string }>;
}

/**
 * The banking port as tests see it: a fixed list of banks, connections read from the database,
 * links to an address nothing listens on. The real port starts the lifecycle workflow.
 */
export function createFakeBanking(db: Database): FakeBanking {
  const calls: Array<{ op: string; id: string }> = [];
  const fold = (text: string) => foldAccents(text.toLowerCase());
  return {
    calls,
    searchBanks: async ({ query }) => BANKS.filter((bank) => fold(bank.name).includes(fold(query))),
    async startLink({ bankId }) {
      calls.push({ op: 'link', id: bankId });
      return { url: `https://bank-link.invalid/auth?bank=${encodeURIComponent(bankId)}` };
    },
    async renew({ connectionId }) {
      calls.push({ op: 'renew', id: connectionId });
      return { url: `https://bank-link.invalid/renew/${connectionId}` };
    },
    async disconnect({ connectionId }) {
      calls.push({ op: 'disconnect', id: connectionId });
    },
    async remindLater({ connectionId }) {
      calls.push({ op: 'remind_later', id: connectionId });
    },
    async listConnections(freelancerId): Promise<ConnectionSummary[]> {
      const rows = await db.connection.findMany({
        where: { freelancerId, provider: 'ENABLE_BANKING' },
        orderBy: { createdAt: 'asc' },
      });
      return rows.map((row) => ({
        id: row.id,
        label: row.label,
        state: row.state,
        consentValidUntil: row.consentValidUntil,
      }));
    },
  };
}
