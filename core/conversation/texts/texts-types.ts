import type { ReceiptErrorCode } from '../../receipts/receipt-types.ts';

/**
 * Everything the bot says, in French (the default) and English. Amounts, dates and
 * descriptions arrive already formatted for people.
 */
export interface Texts {
  readonly welcome: (name: string) => string;
  readonly welcomeStaff: string;
  readonly alreadyLinked: string;
  readonly needInvitation: string;
  readonly invitationInvalid: string;
  readonly onlyHolder: string;
  readonly help: string;
  readonly helpStaff: string;
  readonly staffNoBooks: string;
  readonly unknownCommand: (command: string) => string;
  readonly notUnderstood: string;
  readonly useButtons: string;
  readonly languageSet: string;
  readonly languageAsk: string;
  readonly somethingWentWrong: string;

  readonly questionExpired: string;
  readonly notYourQuestion: string;
  readonly alreadyRecorded: string;

  readonly categoryQuestion: (
    description: string,
    suggestion: string | null,
    confidence: number,
  ) => string;
  readonly questionFooter: (index: number, count: number) => string;
  readonly confirmButton: (label: string) => string;
  readonly otherButton: string;
  readonly splitButton: string;
  readonly personalButton: string;
  readonly backButton: string;
  readonly otherPlaceholder: string;
  readonly chooseOther: (description: string) => string;
  readonly categoryConfirmed: (description: string, label: string, alsoSettled: number) => string;
  readonly nothingToConfirm: string;
  readonly moreToConfirm: (count: number) => string;
  readonly transactionGone: string;

  readonly splitTitle: string;
  readonly splitAmountLabel: string;
  readonly splitCategoryLabel: string;
  readonly splitNoteLabel: string;
  readonly splitSubmit: string;
  readonly splitCancel: string;
  readonly splitAsk: (description: string) => string;
  readonly splitAmountInvalid: (total: string) => string;
  readonly splitDone: (
    description: string,
    pro: string,
    category: string,
    personal: string,
  ) => string;

  readonly fileRejected: (name: string, reason: ReceiptErrorCode) => string;
  readonly downloadFailed: (name: string) => string;
  readonly receiptMatched: (name: string, description: string) => string;
  readonly receiptDuplicate: (name: string, description: string | null) => string;
  readonly receiptAskAmount: (name: string) => string;
  readonly receiptChoose: (name: string, readable: boolean, hint: string | null) => string;
  readonly receiptUnmatched: (name: string, total: string | null) => string;
  readonly statementFiled: (name: string, month: string, account: string | null) => string;
  readonly matchButton: string;
  readonly receiptLinked: (description: string) => string;
  readonly amountInvalid: string;
  readonly amountNoCandidate: (amount: string) => string;
  readonly amountCandidates: (amount: string) => string;
  readonly amountCorrected: (amount: string) => string;

  readonly missingNone: (month: string) => string;
  readonly missingTitle: (month: string, count: number) => string;
  readonly andMore: (count: number) => string;
  readonly lookingUp: (month: string) => string;

  readonly status: (input: {
    month: string;
    recettes: string;
    depenses: string;
    toConfirm: number;
    missing: number;
  }) => string;
  readonly consentLine: (label: string, state: string, until: string | null) => string;
  readonly noConnection: string;
  readonly connectionState: (state: string) => string;

  readonly askBankName: string;
  readonly banksFound: (query: string) => string;
  readonly noBankFound: (query: string) => string;
  readonly bankLinkReady: (bankName: string) => string;
  readonly openBankButton: string;
  readonly renewButton: (label: string) => string;
  readonly disconnectButton: (label: string) => string;
  readonly remindLaterButton: (days: number) => string;
  readonly renewReady: (label: string) => string;
  readonly nothingToRenew: string;
  readonly chooseConnection: string;
  readonly disconnected: (label: string) => string;
  readonly remindLaterDone: (days: number) => string;
  readonly bankUnavailable: string;
  readonly missingButton: (month: string) => string;
}
