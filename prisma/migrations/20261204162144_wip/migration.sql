-- CreateEnum
CREATE TYPE "ChatChannel" AS ENUM ('SLACK', 'TELEGRAM');

-- CreateEnum
CREATE TYPE "ChatRole" AS ENUM ('FREELANCER', 'STAFF');

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

-- AddForeignKey
ALTER TABLE "ChatQuestion" ADD CONSTRAINT "ChatQuestion_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "ChatIdentity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

