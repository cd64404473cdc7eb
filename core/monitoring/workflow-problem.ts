/**
 * A workflow that needs an operator or staff: closed in failure, or running but stuck on an
 * activity that keeps failing. Found through the search attributes (workflows/client), so that
 * core/ stays free of Temporal.
 */
export interface WorkflowProblem {
  readonly workflowId: string;
  /** The PointageKind search attribute: connection-lifecycle, monthly-collection… */
  readonly kind: string;
  readonly freelancerId: string | null;
  readonly firmId: string | null;
  readonly problem: WorkflowProblemKind;
  /** The last failure message, short, for people; never a payload. */
  readonly detail: string | null;
  readonly since: string | null;
}

export type WorkflowProblemKind = 'FAILED' | 'TIMED_OUT' | 'TERMINATED' | 'STUCK';

/** Where workflow problems come from: the Temporal client in production, a list in tests. */
export type WorkflowProblemsSource = (filter: { firmId?: string }) => Promise<WorkflowProblem[]>;
