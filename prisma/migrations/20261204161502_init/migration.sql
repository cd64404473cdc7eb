-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "FirmPlan" AS ENUM ('FULL', 'LIGHT');

-- CreateEnum
CREATE TYPE "AccountKind" AS ENUM ('CHECKING', 'DEFERRED_CARD', 'CAISSE', 'SAVINGS', 'PERSONAL');

-- CreateEnum
CREATE TYPE "ConnectionProvider" AS ENUM ('FILE', 'ENABLE_BANKING');

-- CreateEnum
CREATE TYPE "ConnectionState" AS ENUM ('PENDING_AUTH', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'BROKEN', 'REVOKED');

-- CreateEnum
CREATE TYPE "TransactionStatus" AS ENUM ('BOOKED', 'PENDING');

-- CreateEnum
CREATE TYPE "CategorySource" AS ENUM ('RULE', 'LEARNED', 'USER', 'STATEMENT', 'NONE');

-- CreateTable
CREATE TABLE "Firm" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plan" "FirmPlan" NOT NULL DEFAULT 'FULL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Firm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Freelancer" (
    "id" TEXT NOT NULL,
    "firmId" TEXT,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "ownNames" TEXT[],
    "ownIbans" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Freelancer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "connectionId" TEXT,
    "name" TEXT NOT NULL,
    "kind" "AccountKind" NOT NULL,
    "externalRef" TEXT,
    "iban" TEXT,
    "bankName" TEXT,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "providerAccountId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "provider" "ConnectionProvider" NOT NULL,
    "state" "ConnectionState" NOT NULL,
    "label" TEXT NOT NULL,
    "aspspName" TEXT,
    "aspspCountry" TEXT,
    "sessionId" TEXT,
    "consentValidUntil" TIMESTAMP(3),
    "lastSyncAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Import" (
    "id" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "newCount" INTEGER NOT NULL,
    "knownCount" INTEGER NOT NULL,
    "pendingCount" INTEGER NOT NULL,
    "notices" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "importId" TEXT,
    "providerId" TEXT,
    "fingerprint" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "status" "TransactionStatus" NOT NULL,
    "bookingDate" DATE NOT NULL,
    "valueDate" DATE,
    "operationDate" DATE,
    "amountCents" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "rawLabel" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "counterparty" TEXT,
    "counterpartyIban" TEXT,
    "memo" TEXT,
    "personalHint" BOOLEAN,
    "bankCategory" TEXT,
    "categoryCode" TEXT,
    "confidence" INTEGER NOT NULL DEFAULT 0,
    "categorySource" "CategorySource" NOT NULL DEFAULT 'NONE',
    "toConfirm" BOOLEAN NOT NULL DEFAULT false,
    "categorisedAt" TIMESTAMP(3),
    "supersededById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Balance" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,

    CONSTRAINT "Balance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnedCategory" (
    "freelancerId" TEXT NOT NULL,
    "counterpartyKey" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "categoryCode" TEXT NOT NULL,
    "confirmations" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnedCategory_pkey" PRIMARY KEY ("freelancerId","counterpartyKey","direction")
);

-- CreateIndex
CREATE INDEX "Account_freelancerId_externalRef_idx" ON "Account"("freelancerId", "externalRef");

-- CreateIndex
CREATE UNIQUE INDEX "Account_freelancerId_name_key" ON "Account"("freelancerId", "name");

-- CreateIndex
CREATE INDEX "Import_freelancerId_fileSha256_idx" ON "Import"("freelancerId", "fileSha256");

-- CreateIndex
CREATE INDEX "Transaction_accountId_providerId_idx" ON "Transaction"("accountId", "providerId");

-- CreateIndex
CREATE INDEX "Transaction_accountId_bookingDate_idx" ON "Transaction"("accountId", "bookingDate");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_accountId_fingerprint_occurrence_key" ON "Transaction"("accountId", "fingerprint", "occurrence");

-- CreateIndex
CREATE UNIQUE INDEX "Balance_accountId_kind_date_key" ON "Balance"("accountId", "kind", "date");

-- AddForeignKey
ALTER TABLE "Freelancer" ADD CONSTRAINT "Freelancer_firmId_fkey" FOREIGN KEY ("firmId") REFERENCES "Firm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_freelancerId_fkey" FOREIGN KEY ("freelancerId") REFERENCES "Freelancer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_freelancerId_fkey" FOREIGN KEY ("freelancerId") REFERENCES "Freelancer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Import" ADD CONSTRAINT "Import_freelancerId_fkey" FOREIGN KEY ("freelancerId") REFERENCES "Freelancer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Balance" ADD CONSTRAINT "Balance_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnedCategory" ADD CONSTRAINT "LearnedCategory_freelancerId_fkey" FOREIGN KEY ("freelancerId") REFERENCES "Freelancer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

