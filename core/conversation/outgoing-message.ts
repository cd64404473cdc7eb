/**
 * What the service says to someone in chat, independent of Slack or Telegram: text, links and
 * buttons. Each bot renders it (Block Kit, inline keyboard) and binds every button to the
 * identity it was sent to.
 */
export interface OutgoingMessage {
  /** Plain text, French by default; bots may add their own formatting. */
  readonly text: string;
  /** Fixed-width text (books, tables): rendered as a code block. */
  readonly preformatted?: boolean;
  readonly links?: readonly MessageLink[];
  readonly buttons?: readonly MessageButton[];
}

export interface MessageLink {
  readonly label: string;
  readonly url: string;
}

export interface MessageButton {
  readonly label: string;
  readonly action: ButtonAction;
}

/** Every action a button can trigger; bots validate these with zod before acting. */
export type ButtonAction =
  | {
      readonly kind: 'confirm_category';
      readonly transactionId: string;
      readonly categoryCode: string;
    }
  | { readonly kind: 'choose_other_category'; readonly transactionId: string }
  | { readonly kind: 'renew_connection'; readonly connectionId: string }
  | { readonly kind: 'remind_later'; readonly connectionId: string; readonly days: number }
  | { readonly kind: 'match_receipt'; readonly receiptId: string; readonly transactionId: string }
  | { readonly kind: 'show_missing_receipts'; readonly month: string }
  | { readonly kind: 'split_transaction'; readonly transactionId: string }
  | { readonly kind: 'link_bank'; readonly bankId: string; readonly bankName: string }
  | { readonly kind: 'disconnect_connection'; readonly connectionId: string };
