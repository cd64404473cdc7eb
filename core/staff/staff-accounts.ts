import { randomBytes } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Database } from '../db/prisma-client.ts';

/** A signed-in staff member: everything they see is scoped by `firmId`. */
export interface StaffMember {
  readonly id: string;
  readonly firmId: string;
  readonly email: string;
  readonly displayName: string;
}

/** bcrypt cost: about a quarter of a second per login with bcryptjs on a laptop. */
export const BCRYPT_ROUNDS = 12;
export const MIN_PASSWORD_LENGTH = 12;

export class StaffEmailTakenError extends Error {
  readonly code = 'STAFF_EMAIL_TAKEN';
  constructor(readonly email: string) {
    super(`a staff account already uses ${email}`);
  }
}

export class UnknownFirmError extends Error {
  readonly code = 'UNKNOWN_FIRM';
  constructor(readonly firmId: string) {
    super(`no firm "${firmId}": give its name (--firm-name) to create it`);
  }
}

export class WeakPasswordError extends Error {
  readonly code = 'WEAK_PASSWORD';
  constructor() {
    super(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** 20 characters from 120 random bits, for a first password printed once. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

export async function createStaffAccount(
  db: Database,
  input: { firmId: string; email: string; password: string; displayName?: string; rounds?: number },
): Promise<StaffMember> {
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new WeakPasswordError();
  const email = normaliseEmail(input.email);
  const firm = await db.firm.findUnique({ where: { id: input.firmId }, select: { id: true } });
  if (!firm) throw new UnknownFirmError(input.firmId);
  if (await db.staffAccount.findUnique({ where: { email }, select: { id: true } })) {
    throw new StaffEmailTakenError(email);
  }
  const passwordHash = await bcrypt.hash(input.password, input.rounds ?? BCRYPT_ROUNDS);
  const row = await db.staffAccount.create({
    data: {
      id: crypto.randomUUID(),
      firmId: input.firmId,
      email,
      displayName: input.displayName ?? email,
      passwordHash,
    },
  });
  return toMember(row);
}

// Compared against when the e-mail is unknown, so both answers take the same time; made on first
// use rather than at import (a quarter of a second).
let unknownAccountHash: Promise<string> | null = null;
const hashForUnknownAccount = () =>
  (unknownAccountHash ??= bcrypt.hash(generatePassword(), BCRYPT_ROUNDS));

/** The staff member for this e-mail and password, or null (unknown, wrong or disabled alike). */
export async function verifyStaffLogin(
  db: Database,
  input: { email: string; password: string; now: Date },
): Promise<StaffMember | null> {
  const row = await db.staffAccount.findUnique({ where: { email: normaliseEmail(input.email) } });
  const matches = await bcrypt.compare(
    input.password,
    row?.passwordHash ?? (await hashForUnknownAccount()),
  );
  if (!row || !matches || row.disabledAt) return null;
  await db.staffAccount.update({ where: { id: row.id }, data: { lastLoginAt: input.now } });
  return toMember(row);
}

/** The staff member a session names, while the account is active. */
export async function findActiveStaff(db: Database, staffId: string): Promise<StaffMember | null> {
  const row = await db.staffAccount.findUnique({ where: { id: staffId } });
  return row && !row.disabledAt ? toMember(row) : null;
}

function toMember(row: {
  id: string;
  firmId: string;
  email: string;
  displayName: string;
}): StaffMember {
  return { id: row.id, firmId: row.firmId, email: row.email, displayName: row.displayName };
}
