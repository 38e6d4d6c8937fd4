import { DOMAIN_ERROR_STATUS } from '../common/domain-error-status';
import { ALLIANCE_ERROR_STATUS } from '../alliance/alliance-error-status';
import { ASSET_LOCK_ERROR_STATUS, WINDING_UP_ERROR_STATUS } from '../asset-lock/asset-lock-error-status';
import { DIVIDEND_ERROR_STATUS } from '../dividends/dividend-error-status';
import { FINANCIAL_YEAR_ERROR_STATUS } from '../common/financial-year-error-status';
import { MEETING_ERROR_STATUS } from '../governance/meeting-error-status';
import { RESOLUTION_ERROR_STATUS } from '../governance/resolution-error-status';
import { OFFICER_ERROR_STATUS, OFFICER_SHARED_ERROR_STATUS } from '../officers/officers-error-status';
import { PRACTICE_ERROR_STATUS } from '../practices/practice-error-status';
import { SHARE_RECORDS_ERROR_STATUS } from '../share-register/share-records-error-status';
import { CENTRAL_REGISTER_ERROR_STATUS } from '../share-register/central-register-error-status';
import { SHARE_REGISTER_ERROR_STATUS } from '../share-register/share-register-error-status';
import type { ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import type { ErrorStatus } from './api-route';

/** The one error body (`ErrorBody` in common/error.filter.ts) as an OpenAPI schema. */
export const ERROR_BODY_SCHEMA = {
  type: 'object',
  description: 'The one shape of every error response.',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, repeated.', example: 422 },
    code: { type: 'string', description: 'A stable, machine-readable code: the rule broken or the reason refused.', example: 'HOLDER_NOT_ELIGIBLE' },
    message: { type: 'string', description: 'What went wrong, in words.' },
    details: { description: 'What the code needs to be acted on: the fields refused, the record named, the rule broken.' },
  },
} as const;

const STATUS_TEXT: Record<ErrorStatus, string> = {
  400: 'A value is malformed (the fields refused are in `details`).',
  401: 'No bearer token, or one unknown, expired or revoked.',
  403: "The token's role may not call this route.",
  404: 'The request names a record that is not there.',
  409: 'The request clashes with what the registers already hold.',
  413: 'The request body is larger than the limit.',
  415: 'The request body is of a type the route does not take (JSON, or where the route takes it CSV), declared in a charset other than UTF-8, or in a content coding the service does not read.',
  422: 'The request breaks a rule outright, whatever the registers hold.',
  429: 'Too many failed authentications from this address, or too many writes from this token (see Retry-After).',
  503: 'The database is unavailable or out of resources: nothing was saved; try again after Retry-After seconds.',
};

/** Codes the service itself raises, by status (AppErrorCode in common/app-error.ts). */
const APP_CODES: Partial<Record<ErrorStatus, readonly string[]>> = {
  400: ['VALIDATION_FAILED', 'BAD_REQUEST'],
  401: ['UNAUTHENTICATED'],
  403: ['FORBIDDEN'],
  404: ['NOT_FOUND'],
  409: ['CONCURRENT_WRITE', 'ALREADY_RECORDED'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  429: ['TOO_MANY_REQUESTS'],
  503: ['SERVICE_UNAVAILABLE'],
};

type StatusMap = Readonly<Record<string, number>>;

/** SR-2: a members' resolution approving the buy-back of a share not in issue on its day is refused with the register's codes. */
const BUY_BACK_SHARE_STATUS: StatusMap = {
  SHARE_NOT_ISSUED: SHARE_REGISTER_ERROR_STATUS.SHARE_NOT_ISSUED,
  SHARE_ALREADY_CANCELLED: SHARE_REGISTER_ERROR_STATUS.SHARE_ALREADY_CANCELLED,
};

/** A meeting, a resolution and every date either carries is dated on or after the company's incorporation. */
const COMPANY_LIFE_STATUS: StatusMap = { EVENT_BEFORE_INCORPORATION: SHARE_REGISTER_ERROR_STATUS.EVENT_BEFORE_INCORPORATION };

/** The domain's error codes each module's routes can raise (its context's error-status maps). */
const MODULE_CODES: Record<string, readonly StatusMap[]> = {
  ShareRegisterModule: [SHARE_REGISTER_ERROR_STATUS, SHARE_RECORDS_ERROR_STATUS, CENTRAL_REGISTER_ERROR_STATUS],
  GovernanceModule: [MEETING_ERROR_STATUS, RESOLUTION_ERROR_STATUS, OFFICER_SHARED_ERROR_STATUS, BUY_BACK_SHARE_STATUS, COMPANY_LIFE_STATUS],
  AllianceModule: [ALLIANCE_ERROR_STATUS],
  AssetLockModule: [ASSET_LOCK_ERROR_STATUS, WINDING_UP_ERROR_STATUS, COMPANY_LIFE_STATUS, FINANCIAL_YEAR_ERROR_STATUS, { RESOLUTION_NOT_FOUND: RESOLUTION_ERROR_STATUS.RESOLUTION_NOT_FOUND }],
  OfficersModule: [OFFICER_ERROR_STATUS, OFFICER_SHARED_ERROR_STATUS],
  PracticesModule: [PRACTICE_ERROR_STATUS, SHARE_REGISTER_ERROR_STATUS],
  DividendsModule: [DIVIDEND_ERROR_STATUS, COMPANY_LIFE_STATUS, FINANCIAL_YEAR_ERROR_STATUS, { RESOLUTION_NOT_FOUND: RESOLUTION_ERROR_STATUS.RESOLUTION_NOT_FOUND }],
  // The documents: a rule the ledger breaks when folded, a cancelled share's certificate, the minutes of a meeting not yet held.
  ReportsModule: [DOMAIN_ERROR_STATUS, { SHARE_NOT_IN_ISSUE: 409, MEETING_NOT_YET_HELD: 409 }],
};

const VALUE_CODES: Partial<Record<ErrorStatus, readonly string[]>> = {
  400: ['INVALID_DATE', 'INVALID_INSTANT', 'INVALID_AMOUNT', 'INVALID_SHARE_NUMBER'],
  422: ['DATED_AFTER_RECORDING'],
};

/**
 * The error codes a route of `moduleName` can answer with `status`: the service's own, the value
 * errors, and its context's rule errors (all the domain's, for a module without a map of its own).
 */
export function errorCodes(moduleName: string, status: ErrorStatus, write: boolean): string[] {
  const maps = MODULE_CODES[moduleName] ?? [DOMAIN_ERROR_STATUS];
  const domain = maps.flatMap((map) => Object.keys(map).filter((code) => map[code] === status));
  const app = (APP_CODES[status] ?? []).filter((code) => write || code !== 'CONCURRENT_WRITE');
  return [...new Set([...app, ...(VALUE_CODES[status] ?? []), ...domain])].sort();
}

/** An error response: the shared ErrorBody with `code` narrowed to the codes listed. */
export function errorResponse(status: ErrorStatus, codes: readonly string[]): ResponseObject {
  const body: SchemaObject | ReferenceObject = codes.length > 0 ? { allOf: [{ $ref: '#/components/schemas/ErrorBody' }, { type: 'object', properties: { code: { type: 'string', enum: [...codes] } } }] } : { $ref: '#/components/schemas/ErrorBody' };
  return { description: STATUS_TEXT[status], content: { 'application/json': { schema: body } } };
}
