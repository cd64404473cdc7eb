// Failure types of permanent activity failures, named once for the activities that throw them
// and the workflows that list them as non-retryable. Sandbox-clean: plain constants.

/** A freelancer that does not exist: retrying will not create her. */
export const FREELANCER_NOT_FOUND = 'FreelancerNotFound';

/** The aggregator refused the request itself (credentials, parameters): retrying returns the same. */
export const BANK_REQUEST_REFUSED = 'BankRequestRefused';
/** A redirect's code or state that cannot complete this connection's link. */
export const BANK_LINK_REFUSED = 'BankLinkRefused';
/** No aggregator credentials on this worker (ENABLE_BANKING_APP_ID and key). */
export const BANKING_NOT_CONFIGURED = 'BankingNotConfigured';
/** The connection row is gone. */
export const CONNECTION_NOT_FOUND = 'ConnectionNotFound';
