import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject, OperationObject, ParameterObject, PathItemObject, SchemaObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from '../common/idempotency-key';
import { PUBLIC_KEY, ROLES, ROLES_KEY, type Role } from '../auth/roles';
import { API_ROUTE_KEY, type ApiRouteOptions, type ErrorStatus } from './api-route';
import { ERROR_BODY_SCHEMA, errorCodes, errorResponse } from './error-responses';
import { responseSchemas } from './response-schemas';

/** What the guards and decorators of one handler say about it. */
interface RouteFacts {
  readonly moduleName: string;
  /** null: public (no token). */
  readonly roles: readonly Role[] | null;
  readonly route: ApiRouteOptions | undefined;
  /** The media types of its success body, where `@ApiProduces` names them (PDF, CSV, the ledger export). */
  readonly produces: readonly string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Where `@ApiProduces` keeps its media types (`DECORATORS.API_PRODUCES` in @nestjs/swagger's constants, not exported). */
const API_PRODUCES = 'swagger/apiProduces';

/** The facts of every controller method, by Swagger's default operationId (`Controller_method`). */
function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
        if (key === 'constructor' || typeof handler !== 'function') continue;
        const publicRoute = Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
        const roles: Role[] | undefined = Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller);
        facts.set(`${controller.name}_${key}`, {
          moduleName: module.metatype.name,
          roles: publicRoute ? null : (roles ?? ROLES),
          route: Reflect.getMetadata(API_ROUTE_KEY, handler),
          produces: Reflect.getMetadata(API_PRODUCES, handler) ?? [],
        });
      }
    }
  }
  return facts;
}

/** The error statuses a route can answer with, from its method, its parameters and its roles. */
function errorStatuses(method: string, operation: OperationObject, facts: RouteFacts): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(facts.route?.errors ?? []);
  const parameters = (operation.parameters ?? []) as ParameterObject[];
  // Any route: a single-valued header (Authorization, Content-Type, Idempotency-Key) sent twice.
  statuses.add(400);
  // Any route reads the database (a token is looked up; health asks it), which may be unavailable.
  // A route whose 503 has a body of its own (health's) declares it; the error shape is for the rest.
  statuses.add(503);
  if (operation.requestBody) statuses.add(415);
  if (parameters.some((p) => p.in === 'path')) statuses.add(404);
  if (facts.roles) {
    statuses.add(401).add(429);
    if (facts.roles.length < ROLES.length) statuses.add(403);
  }
  if (method !== 'get') statuses.add(409).add(422);
  return [...statuses].sort();
}

function rolesText(roles: readonly Role[] | null): string {
  if (!roles) return 'Public: no token needed.';
  return `Roles: ${roles.join(', ')}.`;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const OBJECT_REF = '#/components/schemas/Object';

/**
 * A `CalendarDate` property (a branded string, `@IsCalendarDate`) reaches Swagger as its runtime
 * type, Object: every schema so typed whose example is a `YYYY-MM-DD` date becomes a string of format date.
 */
function calendarDates(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(calendarDates);
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  const untyped = (schema.type === 'object' && !schema.properties) || (Array.isArray(schema.allOf) && schema.allOf.length === 1 && (schema.allOf[0] as { $ref?: string }).$ref === OBJECT_REF);
  if (untyped && typeof schema.example === 'string' && CALENDAR_DATE.test(schema.example)) {
    delete schema.allOf;
    schema.type = 'string';
    schema.format = 'date';
  }
  Object.values(schema).forEach(calendarDates);
}

/** What a downloaded file's body is, by media type: the document's bytes, the CSV's text, the export's JSON. */
const FILE_BODIES: Record<string, SchemaObject> = {
  'application/pdf': { type: 'string', format: 'binary', description: 'The PDF document, byte-identical for the same request on the same ledger.' },
  'text/csv': { type: 'string', description: 'UTF-8 CSV with a header row (RFC 4180).' },
  'application/json': {
    type: 'object',
    description: 'The ledger export: `{format: "cic-ledger-export", version, companyId, exportedAtHead, checkpoint, publicKey, keyId, company, entries, register}` (docs/security.md; `cic verify --file` checks it offline).',
    required: ['format', 'version', 'companyId', 'exportedAtHead', 'entries'],
    properties: {
      format: { type: 'string', enum: ['cic-ledger-export'] },
      version: { type: 'integer' },
      companyId: { type: 'string' },
      exportedAtHead: { type: 'object', properties: { sequence: { type: 'integer' }, hash: { type: 'string' } } },
      entries: { type: 'array', items: { type: 'object' } },
      register: { type: 'object' },
    },
  },
};

/** The handler's success body, from its return type or, for a file, its media types, where no decorator described it. */
function successBody(operation: OperationObject, schema: SchemaObject | undefined, produces: readonly string[]): void {
  const files = produces.filter((type) => FILE_BODIES[type] !== undefined);
  if (!schema && files.length === 0) return;
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || !/^2\d\d$/.test(status) || '$ref' in response || response.content) continue;
    response.content = schema ? { 'application/json': { schema: structuredClone(schema) } } : Object.fromEntries(files.map((type) => [type, { schema: structuredClone(FILE_BODIES[type]!) }]));
    if (!response.description) response.description = operation.summary ?? 'Success';
  }
}

/**
 * Completes the document Swagger builds from the decorators with what the guards enforce: each
 * operation's roles (in its description and as `x-roles`), its security requirement (the opaque
 * bearer token), and its error responses in the one error shape with the codes it can return.
 */
export function describeApi(document: OpenAPIObject, app: INestApplication): OpenAPIObject {
  const facts = routeFacts(app);
  const bodies = responseSchemas();
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ErrorBody: structuredClone(ERROR_BODY_SCHEMA) as never } };
  for (const [path, item] of Object.entries(document.paths) as [string, PathItemObject][]) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = operation.operationId ? facts.get(operation.operationId) : undefined;
      if (!route) throw new Error(`no controller method found for ${method.toUpperCase()} ${path} (${operation.operationId})`);
      operation.description = [operation.description, rolesText(route.roles)].filter(Boolean).join('\n\n');
      (operation as unknown as Record<string, unknown>)['x-roles'] = route.roles ?? [];
      operation.security = route.roles ? [{ bearer: [] }] : [];
      successBody(operation, bodies[operation.operationId ?? ''], route.produces);
      for (const status of errorStatuses(method, operation, route)) {
        // A write that takes an Idempotency-Key refuses the key sent again with another body.
        const keyed = status === 422 && (operation.parameters ?? []).some((p) => 'in' in p && p.in === 'header' && p.name === IDEMPOTENCY_KEY_HEADER);
        operation.responses[status] ??= errorResponse(status, [...errorCodes(route.moduleName, status, method !== 'get'), ...(keyed ? ['IDEMPOTENCY_KEY_REUSED'] : [])].sort());
      }
    }
  }
  calendarDates(document);
  if (!JSON.stringify(document.paths).includes(OBJECT_REF)) delete document.components.schemas?.Object;
  return document;
}
