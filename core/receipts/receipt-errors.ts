import type { ReceiptErrorCode } from './receipt-types.ts';

/** No receipt of this freelancer has this id (a stale button, another freelancer's id). */
export class ReceiptNotFoundError extends Error {
  readonly code = 'RECEIPT_NOT_FOUND';
  constructor(readonly receiptId: string) {
    super(`receipt ${receiptId} does not exist for this freelancer`);
  }
}

/** The transactions named in a confirmation are not this freelancer's open movements. */
export class TransactionNotMatchableError extends Error {
  readonly code = 'TRANSACTION_NOT_MATCHABLE';
  constructor(readonly transactionIds: readonly string[]) {
    super(
      `transaction(s) ${transactionIds.join(', ')} cannot take this receipt: unknown, ` +
        'not booked, or already fully justified',
    );
  }
}

/** What to tell the freelancer, in French, when a file cannot be used. */
export function explainReceiptError(code: ReceiptErrorCode): string {
  switch (code) {
    case 'EMPTY_FILE':
      return 'Le fichier est vide (0 octet) : renvoyez-le.';
    case 'FILE_TOO_LARGE':
      return 'Le fichier est trop gros pour un justificatif : envoyez le PDF de la facture seule.';
    case 'UNSUPPORTED_TYPE':
      return (
        "Ce fichier n'est pas un PDF ni une photo : " +
        'envoyez le PDF de la facture ou une photo du ticket.'
      );
    case 'CORRUPT_PDF':
      return 'PDF incomplet ou corrompu : renvoyez-le (téléchargé à nouveau chez le fournisseur).';
    case 'ENCRYPTED_PDF':
      return 'Ce PDF est protégé par un mot de passe : envoyez une version sans mot de passe.';
    case 'TOO_MANY_PAGES':
      return 'Ce PDF a trop de pages pour un justificatif : envoyez seulement la facture.';
    case 'PDF_BOMB':
      return 'Ce PDF est anormal (contenu démesuré) et a été refusé.';
    case 'TIMEOUT':
      return 'La lecture de ce PDF a pris trop de temps : renvoyez-le ou envoyez une photo.';
    case 'PARSER_CRASHED':
      return 'La lecture de ce PDF a échoué : renvoyez-le ou envoyez une photo.';
  }
}
