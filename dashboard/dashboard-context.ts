import type { Database } from '../core/db/prisma-client.ts';
import type { Logger } from '../core/logging/logger.ts';
import type { WorkflowProblemsSource } from '../core/monitoring/workflow-problem.ts';
import type { Notifier } from '../core/notifications/notifier.ts';
import type { StaffMember } from '../core/staff/staff-accounts.ts';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { SessionClaims, SessionKeys } from './auth/session-token.ts';
import type { DashboardRequest, DashboardResponse } from './http/dashboard-request.ts';
import type { WorkflowProblemsForFirm } from './ports/cached-workflow-problems.ts';
import type {
  BankLinksPort,
  MonthsPort,
  ReceiptsPort,
  WorkflowsPort,
} from './ports/dashboard-ports.ts';
import type { TemporalUi } from './ports/temporal-ui.ts';
import type { Notice, PageFrame } from './views/layout.ts';

/** What the dashboard needs; the ports it is not given show as "non disponible". */
export interface DashboardDeps {
  readonly db: Database;
  readonly notifier: Notifier;
  readonly logger: Logger;
  /** At least 32 characters; signs session cookies and CSRF tokens. */
  readonly sessionSecret: string;
  /** Mark cookies Secure (the dashboard is served over HTTPS, e.g. behind a proxy). */
  readonly secureCookies?: boolean;
  readonly clock?: () => Date;
  /** Default: the monthly collection's records, closing without a workflow (createCollectionMonths). */
  readonly months?: MonthsPort | null;
  readonly workflows?: WorkflowsPort | null;
  /** Failing and stuck workflows for the list (workflows/client/workflow-problems.ts). */
  readonly workflowProblems?: WorkflowProblemsSource | null;
  readonly temporalUi?: TemporalUi | null;
  readonly receipts?: ReceiptsPort | null;
  readonly loginThrottle?: LoginThrottle;
  /** Enable Banking's renew link and redirect pages; absent without bank settings. */
  readonly bankLinks?: BankLinksPort | null;
}

export interface DashboardServices {
  readonly db: Database;
  readonly notifier: Notifier;
  readonly logger: Logger;
  readonly months: MonthsPort | null;
  readonly workflows: WorkflowsPort | null;
  readonly receipts: ReceiptsPort | null;
  readonly problemsFor: WorkflowProblemsForFirm;
  readonly temporalUi: TemporalUi | null;
  readonly throttle: LoginThrottle;
  readonly bankLinks: BankLinksPort | null;
  readonly keys: SessionKeys;
  now(): Date;
}

export interface RequestContext {
  readonly request: DashboardRequest;
  readonly params: Readonly<Record<string, string>>;
  readonly session: SessionClaims;
  readonly csrfToken: string;
  readonly services: DashboardServices;
  /** A Set-Cookie value opening a fresh session (new nonce) for this staff member, or signed out. */
  sessionCookie(staffId: string | null): string;
}

export interface StaffContext extends RequestContext {
  readonly staff: StaffMember;
}

export type Page =
  | { readonly access: 'public'; run(context: RequestContext): Promise<DashboardResponse> }
  | { readonly access: 'staff'; run(context: StaffContext): Promise<DashboardResponse> };

export function publicPage(run: (context: RequestContext) => Promise<DashboardResponse>): Page {
  return { access: 'public', run };
}

export function staffPage(run: (context: StaffContext) => Promise<DashboardResponse>): Page {
  return { access: 'staff', run };
}

export function frameOf(
  context: StaffContext,
  title: string,
  notice: Notice | null = null,
): PageFrame {
  return { title, staffName: context.staff.displayName, csrfToken: context.csrfToken, notice };
}
