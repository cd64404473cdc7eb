-- CreateEnum
CREATE TYPE "ChatChannel" AS ENUM ('SLACK', 'TELEGRAM');

-- CreateEnum
CREATE TYPE "ChatRole" AS ENUM ('FREELANCER', 'STAFF');

-- CreateEnum
CREATE TYPE "StaffActionKind" AS ENUM ('REMINDER', 'CLOSE_MONTH', 'RECATEGORISE', 'INVITE');

-- CreateEnum
CREATE TYPE "ReceiptKind" AS ENUM ('INVOICE', 'RECEIPT', 'CREDIT_NOTE', 'SALES_INVOICE', 'SALES_CREDIT_NOTE', 'NO_TEXT');

-- CreateEnum
CREATE TYPE "ReceiptStatus" AS ENUM ('UNMATCHED', 'TO_CHOOSE', 'MATCHED');

-- CreateEnum
CREATE TYPE "ReceiptMatchSource" AS ENUM ('AUTO', 'USER');

-- CreateEnum
CREATE TYPE "ReceiptMatchRole" AS ENUM ('PAYMENT', 'FX_FEE');

-- CreateEnum
CREATE TYPE "CollectionState" AS ENUM ('COLLECTING', 'ESCALATED', 'PAUSED', 'COMPLETE', 'CLOSED');

-- AlterEnum
ALTER TYPE "CategorySource" ADD VALUE 'STAFF';

-- CreateTable
CREATE TABLE "ChatIdentity" (
    "id" TEXT NOT NULL,
    "channel" "ChatChannel" NOT NULL,
    "externalId" TEXT NOT NULL,
    "role" "ChatRole" NOT NULL,
    "freelancerId" TEXT,
    "firmId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "directChatId" TEXT,
    "displayName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatInvitation" (
    "code" TEXT NOT NULL,
    "role" "ChatRole" NOT NULL,
    "freelancerId" TEXT,
    "firmId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatInvitation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ChatQuestion" (
    "id" TEXT NOT NULL,
    "identityId" TEXT NOT NULL,
    "freelancerId" TEXT,
    "kind" TEXT NOT NULL,
    "subjectRef" TEXT NOT NULL,
    "context" JSONB NOT NULL,
    "chatId" TEXT NOT NULL,
    "messageId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answerKey" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answerMessageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatProcessedEvent" (
    "key" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatProcessedEvent_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ChatGroup" (
    "channel" "ChatChannel" NOT NULL,
    "chatId" TEXT NOT NULL,
    "title" TEXT,
    "addedById" TEXT,
    "active" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatGroup_pkey" PRIMARY KEY ("channel","chatId")
);

-- CreateTable
CREATE TABLE "TransactionSplit" (
    "transactionId" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "proCents" BIGINT NOT NULL,
    "proCategory" TEXT NOT NULL,
    "personalCents" BIGINT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransactionSplit_pkey" PRIMARY KEY ("transactionId")
);

-- CreateTable
CREATE TABLE "BankAuthorisation" (
    "state" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "aspspName" TEXT NOT NULL,
    "aspspCountry" TEXT NOT NULL,
    "psuType" TEXT NOT NULL,
    "requestedValidUntil" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "BankAuthorisation_pkey" PRIMARY KEY ("state")
);

-- CreateTable
CREATE TABLE "BankAccountSync" (
    "accountId" TEXT NOT NULL,
    "syncedThrough" DATE,
    "lastSyncAt" TIMESTAMP(3),
    "lastOutcome" TEXT,
    "retryAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankAccountSync_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "BankSyncUsage" (
    "accountId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "pulls" INTEGER NOT NULL,

    CONSTRAINT "BankSyncUsage_pkey" PRIMARY KEY ("accountId","day")
);

-- CreateTable
CREATE TABLE "ConnectionNotification" (
    "key" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "ConnectionNotification_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAction" (
    "id" TEXT NOT NULL,
    "firmId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "freelancerId" TEXT,
    "kind" "StaffActionKind" NOT NULL,
    "month" TEXT,
    "detail" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Receipt" (
    "id" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "mime" TEXT NOT NULL,
    "kind" "ReceiptKind" NOT NULL,
    "status" "ReceiptStatus" NOT NULL,
    "source" TEXT,
    "facturxProfile" TEXT,
    "vendor" TEXT,
    "vendorVat" TEXT,
    "number" TEXT,
    "issueDate" DATE,
    "dueDate" DATE,
    "currency" TEXT,
    "totalCents" BIGINT,
    "netCents" BIGINT,
    "vatCents" BIGINT,
    "amountDueCents" BIGINT,
    "fields" JSONB,
    "statedCents" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptMatch" (
    "id" TEXT NOT NULL,
    "receiptId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "role" "ReceiptMatchRole" NOT NULL DEFAULT 'PAYMENT',
    "allocatedCents" BIGINT NOT NULL,
    "writeOffCents" BIGINT NOT NULL DEFAULT 0,
    "confidence" INTEGER NOT NULL,
    "source" "ReceiptMatchSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "ReceiptMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthStatement" (
    "id" TEXT NOT NULL,
    "freelancerId" TEXT NOT NULL,
    "accountId" TEXT,
    "month" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bankName" TEXT,
    "number" TEXT,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "openingCents" BIGINT,
    "closingCents" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MonthStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionMonth" (
    "freelancerId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "firmId" TEXT,
    "state" "CollectionState" NOT NULL,
    "statementsMissing" INTEGER NOT NULL,
    "receiptsMissing" INTEGER NOT NULL,
    "askedAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "escalatedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "closedBy" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollectionMonth_pkey" PRIMARY KEY ("freelancerId","month")
);

-- CreateTable
CREATE TABLE "FirmCollectionSettings" (
    "firmId" TEXT NOT NULL,
    "reminderEveryDays" INTEGER NOT NULL DEFAULT 7,
    "escalationAfterDays" INTEGER NOT NULL DEFAULT 10,
    "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FirmCollectionSettings_pkey" PRIMARY KEY ("firmId")
);

-- CreateIndex
CREATE INDEX "ChatIdentity_freelancerId_idx" ON "ChatIdentity"("freelancerId");

-- CreateIndex
CREATE INDEX "ChatIdentity_firmId_idx" ON "ChatIdentity"("firmId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatIdentity_channel_externalId_key" ON "ChatIdentity"("channel", "externalId");

-- CreateIndex
CREATE INDEX "ChatQuestion_chatId_subjectRef_idx" ON "ChatQuestion"("chatId", "subjectRef");

-- CreateIndex
CREATE INDEX "ChatQuestion_identityId_kind_idx" ON "ChatQuestion"("identityId", "kind");

-- CreateIndex
CREATE INDEX "BankAuthorisation_connectionId_idx" ON "BankAuthorisation"("connectionId");

-- CreateIndex
CREATE INDEX "ConnectionNotification_connectionId_idx" ON "ConnectionNotification"("connectionId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_email_key" ON "StaffAccount"("email");

-- CreateIndex
CREATE INDEX "StaffAccount_firmId_idx" ON "StaffAccount"("firmId");

-- CreateIndex
CREATE INDEX "StaffAction_firmId_freelancerId_createdAt_idx" ON "StaffAction"("firmId", "freelancerId", "createdAt");

-- CreateIndex
CREATE INDEX "Receipt_freelancerId_status_idx" ON "Receipt"("freelancerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Receipt_freelancerId_fileSha256_key" ON "Receipt"("freelancerId", "fileSha256");

-- CreateIndex
CREATE INDEX "ReceiptMatch_receiptId_idx" ON "ReceiptMatch"("receiptId");

-- CreateIndex
CREATE INDEX "ReceiptMatch_transactionId_idx" ON "ReceiptMatch"("transactionId");

-- CreateIndex
CREATE INDEX "MonthStatement_freelancerId_month_idx" ON "MonthStatement"("freelancerId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthStatement_freelancerId_fileSha256_key" ON "MonthStatement"("freelancerId", "fileSha256");

-- CreateIndex
CREATE INDEX "CollectionMonth_firmId_state_idx" ON "CollectionMonth"("firmId", "state");

-- CreateIndex
CREATE INDEX "Freelancer_firmId_idx" ON "Freelancer"("firmId");

-- CreateIndex
CREATE INDEX "Connection_freelancerId_idx" ON "Connection"("freelancerId");

-- CreateIndex
CREATE INDEX "Transaction_toConfirm_accountId_idx" ON "Transaction"("toConfirm", "accountId");

-- AddForeignKey
ALTER TABLE "ChatQuestion" ADD CONSTRAINT "ChatQuestion_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChatIdentity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptMatch" ADD CONSTRAINT "ReceiptMatch_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "Receipt"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

