/** Where the dashboard links a workflow: the Temporal UI, when its address is known. */
export interface TemporalUi {
  readonly url: string;
  readonly namespace: string;
}

export function temporalWorkflowUrl(ui: TemporalUi | null, workflowId: string): string | null {
  if (!ui) return null;
  const root = ui.url.replace(/\/$/, '');
  return `${root}/namespaces/${encodeURIComponent(ui.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
