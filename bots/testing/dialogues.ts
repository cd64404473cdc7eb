import { expect } from 'vitest';
import { readFixture } from '../../test/fixtures.ts';
import { badFiles } from './bad-files.ts';
import { texts, type ChatDriver, type Seen } from './chat-driver.ts';
import { FIRM, INVITATION, MAELLE, STAFF_INVITATION, type ChatWorld } from './chat-world.ts';

/**
 * The dialogues both bots must hold, written once: each runs against the Slack bot and the
 * Telegram bot through their real transports and the stand-ins, and checks what the person saw
 * and what the books now say.
 */
export interface Dialogue {
  readonly name: string;
  run(driver: ChatDriver, world: ChatWorld): Promise<void>;
}

const said = (seen: readonly Seen[], pattern: RegExp) => expect(texts(seen)).toMatch(pattern);
const start = (driver: ChatDriver) =>
  driver.say(driver.channel === 'telegram' ? `/start ${INVITATION}` : `start ${INVITATION}`);
const pdf = (name: string) => ({
  name,
  mime: 'application/pdf',
  bytes: readFixture(`receipts/${name}`),
});

async function activeMatches(world: ChatWorld, fitid: string): Promise<number> {
  return world.db.receiptMatch.count({
    where: { transactionId: world.fitid.get(fitid)!, undoneAt: null },
  });
}

export const DIALOGUES: readonly Dialogue[] = [
  {
    name: 'an invitation code links the chat to the freelancer; a wrong one does not',
    async run(driver, world) {
      said(await driver.say('statut'), /code d’invitation/);
      said(await driver.say('/start INV-ABCD-NOPE'), /inconnu, expiré ou déjà utilisé/);
      said(await start(driver), /Bonjour Maëlle/);
      const identity = await world.db.chatIdentity.findFirstOrThrow({
        where: { freelancerId: MAELLE },
      });
      expect(identity.role).toBe('FREELANCER');
      said(await start(driver), /déjà liée/);
    },
  },
  {
    name: 'unknown commands and free text get a short useful answer',
    async run(driver) {
      await start(driver);
      said(await driver.say('/frobnicate'), /ne connais pas la commande « \/frobnicate »/);
      said(await driver.say('il fait beau à Lyon'), /Tapez « aide »/);
      said(await driver.say('aide'), /justificatifs \[mois\]/);
    },
  },
  {
    name: 'the suggested category is confirmed once; the same click again changes nothing',
    async run(driver, world) {
      await start(driver);
      const questions = await driver.say('categories');
      expect(questions.filter((item) => item.kind === 'message')).toHaveLength(3);
      said(
        questions,
        /PAPETERIE DU GRIFFON LYON · Carte 4821 · −46,90 €[\s\S]*Fournitures \(92 %\)/,
      );

      said(
        await driver.click(/✅ Fournitures/),
        /\[edit\] ✅ 22\/10\/2026 · PAPETERIE[\s\S]*→ Fournitures de bureau/,
      );
      expect(await world.transaction('V4821261022035')).toEqual({
        categoryCode: 'L27_FOURNITURES_TELECOM',
        toConfirm: false,
      });
      const learned = await world.db.learnedCategory.findMany({ where: { freelancerId: MAELLE } });

      said(await driver.click(/✅ Fournitures/), /déjà enregistré/);
      expect(await world.db.learnedCategory.findMany({ where: { freelancerId: MAELLE } })).toEqual(
        learned,
      );
    },
  },
  {
    name: '“other…” offers every category and records the one chosen',
    async run(driver, world) {
      await start(driver);
      await driver.say('categories');
      said(await driver.click(/^Autre…$/), /Choisissez la catégorie/);
      said(await driver.click(/^Réceptions, repas$/), /→ Frais de réception/);
      expect(await world.transaction('V4821261105041')).toEqual({
        categoryCode: 'L26_RECEPTION',
        toConfirm: false,
      });
    },
  },
  {
    name: '“Perso” books the movement as a personal drawing',
    async run(driver, world) {
      await start(driver);
      await driver.say('categories');
      said(await driver.click(/^Perso$/), /→ Prélèvement personnel/);
      expect((await world.transaction('V4821261105041')).categoryCode).toBe(
        'PRELEVEMENT_PERSONNEL',
      );
    },
  },
  {
    name: 'a split keeps the pro part and books the rest as personal; a wrong amount is refused',
    async run(driver, world) {
      await start(driver);
      await driver.say('categories');
      const opened = await driver.click(/^Ventiler$/);
      expect(
        opened.some((item) => item.kind === (driver.channel === 'slack' ? 'form' : 'message')),
      ).toBe(true);
      said(await driver.split('deux cents'), /Montant invalide[\s\S]*156,00/);
      said(await driver.split('200,00'), /Montant invalide/);
      said(
        await driver.split('147,20'),
        /147,20 € en Autres frais de déplacement, 8,80 € en prélèvement personnel/,
      );
      const split = await world.db.transactionSplit.findUniqueOrThrow({
        where: { transactionId: world.fitid.get('V4821261105041')! },
      });
      expect([split.proCents, split.personalCents]).toEqual([-14720n, -880n]);
    },
  },
  {
    name: 'a PDF invoice is matched to its payment and leaves the missing list',
    async run(driver, world) {
      await start(driver);
      said(
        await driver.say('justificatifs octobre'),
        /sans justificatif en octobre 2026[\s\S]*ATELIER TRABOULE/,
      );
      said(
        await driver.sendFile(pdf('atelier-traboule-facture-ATC-2026-10-0417.pdf')),
        /justifie l’opération 01\/10\/2026 · PRLV SEPA ATELIER TRABOULE.*−290,00 €/,
      );
      expect(await activeMatches(world, '2026100141133')).toBe(1);
      expect(texts(await driver.say('justificatifs octobre'))).not.toMatch(/ATELIER TRABOULE/);
    },
  },
  {
    name: 'a photo without text is matched from the typed amount; editing the answer corrects it',
    async run(driver, world) {
      await start(driver);
      const photo = {
        name: 'recu-taxi-g-flex.jpg',
        mime: 'image/jpeg',
        bytes: readFixture('chat/files/recu-taxi-g-flex.jpg'),
        asPhoto: true,
      };
      said(await driver.sendFile(photo), /n’arrive pas à lire[\s\S]*montant TTC/);
      said(await driver.answer('18,04'), /Aucune opération de 18,04 €/);
      said(
        await driver.editLast('18,40'),
        /Montant corrigé : 18,40 €[\s\S]*TAXI PARISIEN G-FLEX.*−18,40 €/,
      );
      expect(await activeMatches(world, 'V4821261106043')).toBe(1);
      const receipt = await world.db.receipt.findFirstOrThrow({ where: { freelancerId: MAELLE } });
      expect(receipt.statedCents).toBe(1840n);
    },
  },
  {
    name: 'bad files get a short answer, nothing is stored, and the conversation goes on',
    async run(driver, world) {
      await start(driver);
      for (const { file, answer } of badFiles()) {
        const fetched = driver.fileFetches();
        said(await driver.sendFile(file), answer);
        // An empty or oversized file is refused from what the platform announces, unfetched.
        if (!file.bytes || file.bytes.byteLength === 0) expect(driver.fileFetches()).toBe(fetched);
      }
      expect(await world.db.receipt.count()).toBe(0);
      said(await driver.say('aide'), /Voici ce que je sais faire/);
    },
  },
  {
    name: 'the same file sent twice is one receipt',
    async run(driver, world) {
      await start(driver);
      said(
        await driver.sendFile(pdf('louis-perrachon-facture-112-net-a-payer.pdf')),
        /VIR SEPA EMIS.*LOUIS PERRACHON.*−800,00 €/,
      );
      const again = await driver.resendLastFile();
      if (driver.channel === 'telegram') said(again, /déjà enregistré/);
      else expect(again).toEqual([]);
      expect(await world.db.receipt.count()).toBe(1);
      expect(await activeMatches(world, '2026102641259')).toBe(1);
    },
  },
  {
    name: 'the month at a glance, with the bank access end date',
    async run(driver) {
      await start(driver);
      said(
        await driver.say('statut octobre'),
        /octobre 2026[\s\S]*Recettes : [\s\S]*Dépenses : −[\s\S]*Banque Saône-Rhône : active, accès valable jusqu’au 30\/04\/2027/,
      );
      said(await driver.say('livre octobre'), /Livre-journal — octobre 2026/);
    },
  },
  {
    name: 'a bank is found by name and its link handed out once',
    async run(driver, world) {
      await start(driver);
      const found = await driver.say('banques credit');
      expect(found.flatMap((item) => item.buttons)).toEqual(['Crédit Agricole', 'Crédit Mutuel']);
      said(
        await driver.click(/Crédit Agricole/),
        /autoriser l’accès à Crédit Agricole[\s\S]*Ouvrir la page de ma banque/,
      );
      said(await driver.click(/Crédit Agricole/), /déjà enregistré/);
      expect(world.banking.calls).toEqual([{ op: 'link', id: 'Crédit Agricole|FR' }]);
    },
  },
  {
    name: 'a reminder from a workflow arrives with buttons that work once',
    async run(driver, world) {
      await start(driver);
      const result = await driver.notifier.notifyFreelancer(MAELLE, {
        text: 'L’accès à Banque Saône-Rhône expire dans 7 jours.',
        buttons: [
          {
            label: 'Renouveler maintenant',
            action: { kind: 'renew_connection', connectionId: 'conn-saone-rhone' },
          },
          {
            label: 'Me le rappeler dans 3 j',
            action: { kind: 'remind_later', connectionId: 'conn-saone-rhone', days: 3 },
          },
        ],
      });
      expect(result.delivered).toEqual([driver.channel]);
      said(await driver.click(/Me le rappeler/), /je vous le rappelle dans 3 jours/);
      said(await driver.click(/Me le rappeler/), /déjà enregistré/);
      expect(world.banking.calls).toEqual([{ op: 'remind_later', id: 'conn-saone-rhone' }]);
    },
  },
  {
    name: 'a button clicked by someone else changes nothing and says so',
    async run(driver, world) {
      await start(driver);
      if (driver.channel === 'telegram') await driver.sayInGroup('categories');
      else await driver.say('categories');
      said(
        await driver.click(/✅ Déplacements/, { by: 'other' }),
        /\[(alert|notice)\] Seule la personne à qui la question a été posée/,
      );
      expect(await world.transaction('V4821261105041')).toEqual({
        categoryCode: 'L24_DEPLACEMENTS',
        toConfirm: true,
      });
    },
  },
  {
    name: 'someone else answering in the group learns nothing and changes nothing',
    async run(driver, world) {
      await start(driver);
      await driver.sayInGroup('categories');
      const seen = await driver.strangerSays('perso, c’était mon anniversaire 🙂');
      expect(texts(seen)).not.toMatch(/€/);
      expect(await world.transaction('V4821261105041')).toEqual({
        categoryCode: 'L24_DEPLACEMENTS',
        toConfirm: true,
      });
    },
  },
  {
    name: 'a question too old to answer says so and changes nothing',
    async run(driver, world) {
      await start(driver);
      await driver.say('categories');
      world.clock.now = new Date(world.clock.now.getTime() + 31 * 86_400_000);
      said(await driver.click(/✅ Fournitures/), /n’est plus ouverte/);
      expect((await world.transaction('V4821261022035')).toConfirm).toBe(true);
    },
  },
  {
    name: 'staff are linked to the firm: its notices reach them, a freelancer’s books do not',
    async run(driver, world) {
      const code =
        driver.channel === 'telegram' ? `/start ${STAFF_INVITATION}` : `start ${STAFF_INVITATION}`;
      said(await driver.say(code), /lié·e au cabinet/);
      said(await driver.say('statut octobre'), /concerne le compte d’un·e indépendant·e/);
      const notice = await driver.notifier.notifyFirmStaff(FIRM, {
        text: 'Maëlle : octobre incomplet.',
      });
      expect(notice.delivered).toEqual([driver.channel]);
      expect((await driver.notifier.notifyFreelancer(MAELLE, { text: 'x' })).delivered).toEqual([]);
      const identity = await world.db.chatIdentity.findFirstOrThrow();
      expect([identity.role, identity.firmId, identity.freelancerId]).toEqual([
        'STAFF',
        FIRM,
        null,
      ]);
    },
  },
  {
    name: 'English on request',
    async run(driver) {
      await start(driver);
      said(await driver.say('langue en'), /I will speak English/);
      said(await driver.say('categories'), /Suggested category: Travel/);
      said(await driver.say('langue fr'), /je vous parle en français/);
    },
  },
];
