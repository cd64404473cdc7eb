import { defineSearchAttributeKey, type SearchAttributeType } from '@temporalio/common';

// Search attributes every Pointage workflow upserts, so that staff and operators filter them in
// the Temporal UI and from code (`PointageFirmId = 'cabinet-x' AND PointageState = 'ESCALATED'`).
// Imported by workflow code: this file stays sandbox-clean (no I/O, @temporalio/common only).

export const FREELANCER_ID = defineSearchAttributeKey('PointageFreelancerId', 'KEYWORD');
export const FIRM_ID = defineSearchAttributeKey('PointageFirmId', 'KEYWORD');
/** What the workflow is for: see WorkflowKind. */
export const WORKFLOW_KIND = defineSearchAttributeKey('PointageKind', 'KEYWORD');
/** The business state of the workflow (ACTIVE, EXPIRING, COLLECTING, ESCALATED…). */
export const WORKFLOW_STATE = defineSearchAttributeKey('PointageState', 'KEYWORD');
export const CONSENT_END = defineSearchAttributeKey('PointageConsentEnd', 'DATETIME');
/** `YYYY-MM`, the Paris month a monthly collection is about. */
export const BOOKS_MONTH = defineSearchAttributeKey('PointageMonth', 'KEYWORD');

export type WorkflowKind =
  'connection-lifecycle' | 'monthly-collection' | 'collection-starter' | 'staff-digest';

/** The one list: registered on the dev server and the test servers, read by the status. */
export const POINTAGE_SEARCH_ATTRIBUTES = [
  FREELANCER_ID,
  FIRM_ID,
  WORKFLOW_KIND,
  WORKFLOW_STATE,
  CONSENT_END,
  BOOKS_MONTH,
] as const;

const CLI_TYPE_NAMES: Record<SearchAttributeType, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

/** `Name=Type` pairs for `temporal server start-dev --search-attribute`. */
export const POINTAGE_SEARCH_ATTRIBUTE_FLAGS: readonly string[] = POINTAGE_SEARCH_ATTRIBUTES.map(
  (key) => `${key.name}=${CLI_TYPE_NAMES[key.type]}`,
);
