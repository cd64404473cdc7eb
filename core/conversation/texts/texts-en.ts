import type { ReceiptErrorCode } from '../../receipts/receipt-types.ts';
import type { Texts } from './texts-types.ts';

const REJECTED: Readonly<Record<ReceiptErrorCode, string>> = {
  EMPTY_FILE: 'this file is empty (0 bytes): please send it again.',
  FILE_TOO_LARGE:
    'this file is over 20 MB, I cannot download it. Send one statement per month, or compress the PDF.',
  UNSUPPORTED_TYPE:
    'this is neither a PDF nor a photo. Send the invoice as a PDF, or a photo of the receipt.',
  CORRUPT_PDF: 'this PDF is incomplete or corrupt, please send it again.',
  ENCRYPTED_PDF: 'this PDF is password-protected. Save it without protection and send it again.',
  TOO_MANY_PAGES: 'this PDF has too many pages for a receipt. Send only the invoice.',
  PDF_BOMB: 'this PDF is abnormally heavy to read. Export it again and resend it.',
  TIMEOUT: 'reading it took too long. Send it again, or a photo of the invoice.',
  PARSER_CRASHED: 'I could not read it. Send it again, or a photo of the invoice.',
};

const HELP = [
  'Here is what I can do:',
  '• send me an invoice (PDF) or a photo of a receipt: I file it with the right transaction;',
  '• "receipts [month]": what is missing;',
  '• "categories": transactions to confirm;',
  '• "status [month]": the month at a glance; "books [month]": the cash book;',
  '• "banks [name]": link your bank; "renew", "disconnect";',
  '• "langue fr": passer en français.',
].join('\n');

export const textsEn: Texts = {
  welcome: (name) =>
    `Hello${name ? ` ${name}` : ''}! Your Pointage account is linked to this chat.\n${HELP}`,
  welcomeStaff: 'Hello! You are linked as staff of the firm: its alerts will come here.',
  alreadyLinked: 'This chat is already linked to your account. Type "help" for what comes next.',
  needInvitation: 'To start, I need the invitation code from your accounting firm: "/start CODE".',
  invitationInvalid:
    'This invitation code is unknown, expired or already used. Ask your firm for a new one.',
  onlyHolder: 'Only the account holder can answer this question.',
  help: HELP,
  helpStaff: 'You are linked as staff: I send your clients’ alerts here.',
  staffNoBooks:
    'This command is about a freelancer’s account; the firm dashboard shows all your clients.',
  unknownCommand: (command) => `I do not know the command "${command}". Type "help" for the list.`,
  notUnderstood: 'I did not understand. Type "help" to see what I can do.',
  useButtons:
    'For this question, use the buttons under the message (or type "categories" to see it again).',
  languageSet: 'Noted: I will speak English.',
  languageAsk: 'Which language? "language fr" or "language en".',
  somethingWentWrong: 'Something went wrong on my side; try again in a moment.',

  questionExpired:
    'This question is no longer open (expired or replaced). Type "categories" to see the open ones.',
  notYourQuestion: 'Only the person this question was asked to can answer it.',
  alreadyRecorded: 'Already recorded.',

  categoryQuestion: (description, suggestion, confidence) =>
    suggestion
      ? `*${description}*\nSuggested category: *${suggestion}* (${confidence} %)`
      : `*${description}*\nWhat is it?`,
  questionFooter: (index, count) => `Question ${index} of ${count}`,
  confirmButton: (label) => `✅ ${label}`,
  otherButton: 'Other…',
  splitButton: 'Split',
  personalButton: 'Personal',
  backButton: '← Back',
  otherPlaceholder: 'Other category…',
  chooseOther: (description) => `*${description}*\nChoose the category:`,
  categoryConfirmed: (description, label, alsoSettled) =>
    `✅ ${description}\n→ ${label}` +
    (alsoSettled > 0
      ? `\n(${alsoSettled} more transaction${alsoSettled > 1 ? 's' : ''} with the same party filed too)`
      : ''),
  nothingToConfirm: 'Nothing to confirm for now 👍',
  moreToConfirm: (count) => `${count} more to confirm: type "categories" for the next ones.`,
  transactionGone: 'This transaction is no longer in your accounts.',

  splitTitle: 'Split the transaction',
  splitAmountLabel: 'Business part (€)',
  splitCategoryLabel: 'Category of the business part',
  splitNoteLabel: 'Note',
  splitSubmit: 'Save',
  splitCancel: 'Cancel',
  splitAsk: (description) =>
    `*${description}*\nWhat is the business part (in €, e.g. 120.00)? The rest counts as a personal drawing. Reply to this message.`,
  splitAmountInvalid: (total) =>
    `Invalid amount: write an amount between 0.01 and ${total}, e.g. 120.00.`,
  splitDone: (description, pro, category, personal) =>
    `✂️ ${description}\n→ ${pro} as ${category}, ${personal} as a personal drawing.`,

  fileRejected: (name, reason) => `"${name}": ${REJECTED[reason]}`,
  downloadFailed: (name) => `I could not fetch "${name}"; send it again in a moment.`,
  receiptMatched: (name, description) => `📎 "${name}" justifies the transaction ${description}.`,
  receiptDuplicate: (name, description) =>
    `"${name}" is already filed${description ? ` (it justifies ${description})` : ''}: nothing more to do.`,
  receiptAskAmount: (name) =>
    `🖼 I cannot read "${name}" (no text). What is its total including VAT? Reply to this message, e.g. 18.40.`,
  receiptChoose: (name, readable, hint) =>
    (readable ? `"${name}" is filed.` : `I cannot read "${name}" (no text).`) +
    (hint ? ` From your message (${hint}),` : '') +
    ' is it one of these transactions? If not, reply with the total amount.',
  receiptUnmatched: (name, total) =>
    `"${name}" is filed${total ? ` (total ${total})` : ''}, but no transaction matches yet: I will match it when it arrives.`,
  statementFiled: (name, month, account) =>
    `🏦 "${name}" is a bank statement${account ? ` (${account})` : ''}: filed for ${month}.`,
  matchButton: 'This one',
  receiptLinked: (description) => `📎 Receipt attached to ${description}.`,
  amountInvalid: 'I did not understand this amount: write it like 18.40.',
  amountNoCandidate: (amount) =>
    `No transaction of ${amount}: I keep the receipt and will match it when it arrives.`,
  amountCandidates: (amount) => `Transactions of ${amount}: which one does this receipt justify?`,
  amountCorrected: (amount) => `Amount corrected: ${amount}.`,

  missingNone: (month) => `Every receipt for ${month} is there 👍`,
  missingTitle: (month, count) =>
    `${count} transaction${count > 1 ? 's' : ''} without a receipt in ${month}:`,
  andMore: (count) => `… and ${count} more.`,
  lookingUp: (month) => `Looking up the receipts of ${month}…`,

  status: ({ month, recettes, depenses, toConfirm, missing }) =>
    [
      `*${month}*`,
      `Income: ${recettes}`,
      `Expenses: ${depenses}`,
      `To confirm: ${toConfirm}`,
      `Missing receipts: ${missing}`,
    ].join('\n'),
  consentLine: (label, state, until) =>
    `Bank ${label}: ${state}${until ? `, access valid until ${until}` : ''}`,
  connectionState: (state) =>
    ({
      PENDING_AUTH: 'waiting for authorisation',
      ACTIVE: 'active',
      EXPIRING: 'expiring soon',
      EXPIRED: 'expired',
      BROKEN: 'failing',
      REVOKED: 'disconnected',
    })[state] ?? state,
  noConnection: 'No bank linked: type "banks" followed by your bank’s name.',

  askBankName: 'Which bank? Type for example "banks credit agricole".',
  banksFound: (query) => `Banks found for "${query}":`,
  noBankFound: (query) => `No bank found for "${query}". Try another name.`,
  bankLinkReady: (bankName) =>
    `Open this link to allow read-only access to ${bankName}. I will tell you when it is done.`,
  openBankButton: 'Open my bank’s page',
  renewButton: (label) => `Renew ${label}`,
  disconnectButton: (label) => `Disconnect ${label}`,
  remindLaterButton: (days) => `Remind me in ${days} d`,
  renewReady: (label) => `Open this link to renew the access to ${label}.`,
  nothingToRenew: 'No linked bank to renew.',
  chooseConnection: 'Which bank?',
  disconnected: (label) => `${label} is disconnected: no more syncs.`,
  remindLaterDone: (days) => `All right, I will remind you in ${days} days.`,
  bankUnavailable: 'The banking service is not answering right now; try again in a few minutes.',
  missingButton: (month) => `See what is missing (${month})`,
};
