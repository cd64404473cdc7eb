import type { BankAggregator } from '../../core/banking/aggregator.ts';
import { ConnectionNotFoundError } from '../../core/banking/bank-connections.ts';
import type { BankingPort, ConnectionSummary } from '../../core/conversation/conversation-ports.ts';
import { connectionWorkflowId, disconnectSignal } from '../connection-lifecycle-workflow.ts';
import {
  connectBank,
  remindBankLater,
  renewBank,
  type BankClientContext,
} from './bank-connection.ts';

// Banks are addressed by name and country (bank-sync.md §2.2): the id carries both.
const bankId = (bank: { name: string; country: string }) => `${bank.country}:${bank.name}`;

function parseBankId(id: string): { name: string; country: string } {
  const at = id.indexOf(':');
  return at === 2 ? { country: id.slice(0, 2), name: id.slice(3) } : { country: 'FR', name: id };
}

/**
 * What the chat needs of banking, over the connection lifecycle workflow. Every call on a
 * connection checks that it is the asking freelancer's.
 */
export function createBankingPort(
  context: BankClientContext & { readonly aggregator: BankAggregator },
): BankingPort {
  const { db } = context;
  const ownConnection = async (freelancerId: string, connectionId: string) => {
    const row = await db.connection.findUnique({ where: { id: connectionId } });
    if (row?.freelancerId !== freelancerId || row.provider !== 'ENABLE_BANKING') {
      throw new ConnectionNotFoundError(connectionId);
    }
    return row;
  };

  return {
    async searchBanks(input) {
      const banks = await context.aggregator.listBanks({
        country: input.country,
        search: input.query,
      });
      return banks.map((bank) => ({ id: bankId(bank), name: bank.name }));
    },
    async startLink(input) {
      const started = await connectBank(context, {
        freelancerId: input.freelancerId,
        bank: parseBankId(input.bankId),
      });
      return { url: started.url };
    },
    async renew(input) {
      await ownConnection(input.freelancerId, input.connectionId);
      return { url: (await renewBank(context, input.connectionId)).url };
    },
    async disconnect(input) {
      await ownConnection(input.freelancerId, input.connectionId);
      // A signal, not a wait: the chat answers at once, the workflow revokes the consent.
      await context.client.workflow
        .getHandle(connectionWorkflowId(input.connectionId))
        .signal(disconnectSignal);
    },
    async remindLater(input) {
      await ownConnection(input.freelancerId, input.connectionId);
      await remindBankLater(context, { connectionId: input.connectionId, days: input.days });
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
