import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { describeApi } from './describe-api';

/** The tags, one a bounded context (or the service's own concerns), in the order the document lists them. */
const TAGS: readonly (readonly [string, string])[] = [
  ['companies', 'The companies the service keeps registers for.'],
  ['share register', 'Register of members (s.113), allotments, transfers, cancellations, certificates and corrections.'],
  ['governance', 'Directors, meetings, resolutions (written and at meetings) and the compliance calendar.'],
  ['officers', 'Officers, company particulars, people with significant control and inspection requests.'],
  ['practices', "The borough's GP practices: their particulars, networks and closure."],
  ['alliance', 'Partnerships, organisations, service contracts and practice networks.'],
  ['asset lock', 'The CIC asset lock (CIC Regs 2005 Sch 2 para 1): the register of transfers of the company’s assets and the value transferred below full consideration.'],
  ['tupe', 'TUPE transfers: employee liability information, consultation, measures and pensions.'],
  ['dividends', 'CI-3: dividends declared (CIC Regulations 2005 regs 17–19) and each financial year\'s aggregate cap, for the CIC34 report.'],
  ['reports', 'PDF and CSV documents: the statutory registers, certificates, minutes and the ledger export.'],
  ['ledger', 'The append-only, hash-chained ledger every register is folded from, and its verification.'],
  ['tokens', 'Bearer tokens: issue, list and revoke (secretary only).'],
  ['health', 'Liveness and readiness of the service.'],
];

/**
 * The OpenAPI document of the HTTP API (not of the web pages): every route with its summary, roles,
 * request and response schemas and error responses. Served at /docs and /docs/openapi.json, and
 * written to a file by `npm run lint:openapi` (scripts/write-openapi.ts).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('CIC governance registers')
    .setDescription(
      'Register of members and share ledger of a community interest company limited by shares. ' +
        'Every /api route needs `Authorization: Bearer <token>`, an opaque token issued by the secretary ' +
        '(POST /api/tokens or `npm run cic -- tokens issue`); each route lists the roles that may call it. ' +
        'Every error has one shape, `{statusCode, code, message, details?}` (the ErrorBody schema).',
    )
    .setVersion('0.1.0')
    .setLicense('UNLICENSED', 'https://spdx.org/licenses/')
    .addServer('/', 'This service')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      // DocumentBuilder's default is 'JWT'; these tokens are opaque.
      bearerFormat: 'opaque',
      description: 'An opaque token (not a JWT): a random secret issued by the secretary, stored by the service only as its hash, with a role (secretary, board or auditor), optionally expiring, revocable.',
    });
  for (const [name, description] of TAGS) builder.addTag(name, description);
  return describeApi(SwaggerModule.createDocument(app, builder.build()), app);
}
