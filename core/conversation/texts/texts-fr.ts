import type { ReceiptErrorCode } from '../../receipts/receipt-types.ts';
import type { Texts } from './texts-types.ts';

const REJECTED: Readonly<Record<ReceiptErrorCode, string>> = {
  EMPTY_FILE: 'ce fichier est vide (0 octet) : renvoyez-le.',
  FILE_TOO_LARGE:
    'ce fichier dépasse 20 Mo, je ne peux pas le télécharger. Envoyez un relevé par mois, ou compressez le PDF.',
  UNSUPPORTED_TYPE:
    'ce n’est ni un PDF ni une photo. Envoyez la facture en PDF, ou une photo du reçu.',
  CORRUPT_PDF: 'PDF incomplet ou corrompu, renvoyez-le.',
  ENCRYPTED_PDF:
    'ce PDF est protégé par un mot de passe. Enregistrez-le sans protection et renvoyez-le.',
  TOO_MANY_PAGES: 'ce PDF a trop de pages pour un justificatif. Envoyez seulement la facture.',
  PDF_BOMB: 'ce PDF est anormalement lourd à lire. Envoyez une version exportée à nouveau.',
  TIMEOUT: 'sa lecture a pris trop de temps. Renvoyez-le, ou une photo de la facture.',
  PARSER_CRASHED: 'je n’ai pas réussi à le lire. Renvoyez-le, ou une photo de la facture.',
};

/** "de novembre", "d’octobre": French elides before a vowel. */
const of = (month: string) => (/^[aeiouyàâéèêîôû]/i.test(month) ? `d’${month}` : `de ${month}`);

const HELP = [
  'Voici ce que je sais faire :',
  '• envoyez-moi une facture (PDF) ou la photo d’un reçu : je la range avec la bonne opération ;',
  '• « justificatifs [mois] » : ce qu’il manque ;',
  '• « categories » : les opérations à confirmer ;',
  '• « statut [mois] » : le mois en un coup d’œil ; « livre [mois] » : le livre-journal ;',
  '• « banques [nom] » : lier votre banque ; « renouveler », « deconnecter » ;',
  '• « langue en » : switch to English.',
].join('\n');

export const textsFr: Texts = {
  welcome: (name) =>
    `Bonjour${name ? ` ${name}` : ''} ! Votre compte Pointage est lié à cette conversation.\n${HELP}`,
  welcomeStaff: 'Bonjour ! Vous êtes lié·e au cabinet : vous recevrez ici ses alertes.',
  alreadyLinked: 'Cette conversation est déjà liée à votre compte. Tapez « aide » pour la suite.',
  needInvitation:
    'Pour commencer, il me faut le code d’invitation de votre cabinet : « /start CODE » (par exemple /start INV-ABCD-EFGH).',
  invitationInvalid:
    'Ce code d’invitation est inconnu, expiré ou déjà utilisé. Demandez-en un nouveau à votre cabinet.',
  onlyHolder: 'Seule la personne titulaire du compte peut répondre à cette question.',
  help: HELP,
  helpStaff: 'Vous êtes lié·e en tant que cabinet : je vous envoie ici les alertes de vos clients.',
  staffNoBooks:
    'Cette commande concerne le compte d’un·e indépendant·e ; le tableau de bord du cabinet montre tous vos clients.',
  unknownCommand: (command) =>
    `Je ne connais pas la commande « ${command} ». Tapez « aide » pour la liste.`,
  notUnderstood: 'Je n’ai pas compris. Tapez « aide » pour voir ce que je sais faire.',
  useButtons:
    'Pour cette question, utilisez les boutons sous le message (ou tapez « categories » pour la revoir).',
  languageSet: 'C’est noté : je vous parle en français.',
  languageAsk: 'Quelle langue ? « langue fr » ou « langue en ».',
  somethingWentWrong: 'Un problème est survenu de mon côté ; réessayez dans un instant.',

  questionExpired:
    'Cette question n’est plus ouverte (expirée ou remplacée). Tapez « categories » pour voir celles en cours.',
  notYourQuestion: 'Seule la personne à qui la question a été posée peut y répondre.',
  alreadyRecorded: 'C’est déjà enregistré.',

  categoryQuestion: (description, suggestion, confidence) =>
    suggestion
      ? `*${description}*\nCatégorie proposée : *${suggestion}* (${confidence} %)`
      : `*${description}*\nDe quoi s’agit-il ?`,
  questionFooter: (index, count) => `Question ${index} sur ${count}`,
  confirmButton: (label) => `✅ ${label}`,
  otherButton: 'Autre…',
  splitButton: 'Ventiler',
  personalButton: 'Perso',
  backButton: '← Retour',
  otherPlaceholder: 'Autre catégorie…',
  chooseOther: (description) => `*${description}*\nChoisissez la catégorie :`,
  categoryConfirmed: (description, label, alsoSettled) =>
    `✅ ${description}\n→ ${label}` +
    (alsoSettled > 0
      ? `\n(${alsoSettled} autre${alsoSettled > 1 ? 's' : ''} opération${alsoSettled > 1 ? 's' : ''} du même tiers classée${alsoSettled > 1 ? 's' : ''} aussi)`
      : ''),
  nothingToConfirm: 'Rien à confirmer pour l’instant 👍',
  moreToConfirm: (count) =>
    `Encore ${count} opération${count > 1 ? 's' : ''} à confirmer : tapez « categories » pour la suite.`,
  transactionGone: 'Cette opération n’existe plus dans vos comptes.',

  splitTitle: 'Ventiler l’opération',
  splitAmountLabel: 'Part professionnelle (€)',
  splitCategoryLabel: 'Catégorie de la part pro',
  splitNoteLabel: 'Note',
  splitSubmit: 'Enregistrer',
  splitCancel: 'Annuler',
  splitAsk: (description) =>
    `*${description}*\nQuelle est la part professionnelle (en €, par exemple 120,00) ? Le reste sera compté en prélèvement personnel. Répondez à ce message.`,
  splitAmountInvalid: (total) =>
    `Montant invalide : écrivez un montant entre 0,01 et ${total}, par exemple 120,00.`,
  splitDone: (description, pro, category, personal) =>
    `✂️ ${description}\n→ ${pro} en ${category}, ${personal} en prélèvement personnel.`,

  fileRejected: (name, reason) => `« ${name} » : ${REJECTED[reason]}`,
  downloadFailed: (name) => `Je n’ai pas pu récupérer « ${name} » ; renvoyez-le dans un instant.`,
  receiptMatched: (name, description) => `📎 « ${name} » justifie l’opération ${description}.`,
  receiptDuplicate: (name, description) =>
    `« ${name} » est déjà enregistré${description ? ` (il justifie ${description})` : ''} : rien de plus à faire.`,
  receiptAskAmount: (name) =>
    `🖼 Je n’arrive pas à lire « ${name} » (aucun texte). Quel est son montant TTC ? Répondez à ce message, par exemple 18,40.`,
  receiptChoose: (name, readable, hint) =>
    (readable
      ? `« ${name} » est enregistré.`
      : `Je n’arrive pas à lire « ${name} » (aucun texte).`) +
    (hint ? ` D’après votre message (${hint}),` : '') +
    ' s’agit-il de l’une de ces opérations ? Sinon, répondez avec le montant TTC.',
  receiptUnmatched: (name, total) =>
    `« ${name} » est enregistré${total ? ` (total ${total})` : ''}, mais aucune opération ne correspond pour l’instant : je le rapprocherai dès qu’elle arrivera.`,
  statementFiled: (name, month, account) =>
    `🏦 « ${name} » est un relevé bancaire${account ? ` (${account})` : ''} : classé pour ${month}.`,
  matchButton: 'C’est celle-ci',
  receiptLinked: (description) => `📎 Justificatif rattaché à ${description}.`,
  amountInvalid: 'Je n’ai pas compris ce montant : écrivez-le comme 18,40.',
  amountNoCandidate: (amount) =>
    `Aucune opération de ${amount} : je garde le reçu et le rapprocherai dès que l’opération arrivera.`,
  amountCandidates: (amount) => `Opérations de ${amount} : laquelle ce reçu justifie-t-il ?`,
  amountCorrected: (amount) => `Montant corrigé : ${amount}.`,

  missingNone: (month) => `Tous les justificatifs ${of(month)} sont là 👍`,
  missingTitle: (month, count) =>
    `${count} opération${count > 1 ? 's' : ''} sans justificatif en ${month} :`,
  andMore: (count) => `… et ${count} autre${count > 1 ? 's' : ''}.`,
  lookingUp: (month) => `Je regarde les justificatifs ${of(month)}…`,

  status: ({ month, recettes, depenses, toConfirm, missing }) =>
    [
      `*${month}*`,
      `Recettes : ${recettes}`,
      `Dépenses : ${depenses}`,
      `À confirmer : ${toConfirm}`,
      `Justificatifs manquants : ${missing}`,
    ].join('\n'),
  consentLine: (label, state, until) =>
    `Banque ${label} : ${state}${until ? `, accès valable jusqu’au ${until}` : ''}`,
  connectionState: (state) =>
    ({
      PENDING_AUTH: 'en attente d’autorisation',
      ACTIVE: 'active',
      EXPIRING: 'expire bientôt',
      EXPIRED: 'expirée',
      BROKEN: 'en erreur',
      REVOKED: 'déconnectée',
    })[state] ?? state,
  noConnection: 'Aucune banque liée : tapez « banques » suivi du nom de votre banque.',

  askBankName: 'Quelle est votre banque ? Tapez par exemple « banques crédit agricole ».',
  banksFound: (query) => `Banques trouvées pour « ${query} » :`,
  noBankFound: (query) => `Aucune banque trouvée pour « ${query} ». Essayez un autre nom.`,
  bankLinkReady: (bankName) =>
    `Ouvrez ce lien pour autoriser l’accès à ${bankName} (lecture seule). Je vous préviens dès que c’est fait.`,
  openBankButton: 'Ouvrir la page de ma banque',
  renewButton: (label) => `Renouveler ${label}`,
  disconnectButton: (label) => `Déconnecter ${label}`,
  remindLaterButton: (days) => `Me le rappeler dans ${days} j`,
  renewReady: (label) => `Ouvrez ce lien pour renouveler l’accès à ${label}.`,
  nothingToRenew: 'Aucune banque liée à renouveler.',
  chooseConnection: 'Quelle banque ?',
  disconnected: (label) => `${label} est déconnectée : plus aucune synchronisation.`,
  remindLaterDone: (days) => `D’accord, je vous le rappelle dans ${days} jours.`,
  bankUnavailable:
    'Le service bancaire ne répond pas pour le moment ; réessayez dans quelques minutes.',
  missingButton: (month) => `Voir ce qu’il manque (${month})`,
};
