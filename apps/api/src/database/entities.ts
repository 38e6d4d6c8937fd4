import { defineEntity, p } from '@mikro-orm/core';

export const CompanyEntity = defineEntity({
  name: 'CompanyEntity',
  tableName: 'company',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    companyNumber: p.string().nullable(),
    incorporatedOn: p.date(),
    registeredOffice: p.string(),
    shareClass: p.string(),
    nominalValuePence: p.integer(),
    oneSharePerMember: p.boolean(),
    memberEligibility: p.string(),
  },
});

export const PracticeEntity = defineEntity({
  name: 'PracticeEntity',
  tableName: 'practice',
  properties: {
    id: p.string().primary(),
    companyId: p.string(),
    odsCode: p.string(),
    name: p.string(),
    address: p.string(),
    networkName: p.string().nullable(),
  },
});

/** A holder the secretary has entered; the register itself is derived from the ledger. */
export const MemberEntity = defineEntity({
  name: 'MemberEntity',
  tableName: 'member',
  properties: {
    id: p.string().primary(),
    companyId: p.string(),
    name: p.string(),
    address: p.string(),
    practiceId: p.string().nullable(),
    /** RM-2: the other joint holders' names, after the first-named `name`; null for a sole holder. */
    jointHolders: p.json<string[]>().nullable(),
  },
});

export const ApiTokenEntity = defineEntity({
  name: 'ApiTokenEntity',
  tableName: 'api_token',
  properties: {
    id: p.string().primary(),
    name: p.string(),
    role: p.string(),
    tokenHash: p.string().unique(),
    createdAt: p.datetime(),
    createdBy: p.string().nullable(),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    /** `api`, `admin-token` or `generated`: see Migration20261130000000_api_token_lifecycle. */
    origin: p.string(),
  },
});

export const entities = [CompanyEntity, PracticeEntity, MemberEntity, ApiTokenEntity];
