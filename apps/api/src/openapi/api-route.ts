import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger';

export const API_ROUTE_KEY = 'openapi:route';

/** An error status a route can answer with, beyond those its shape implies (see describe-api.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

export interface ApiRouteOptions {
  /** One line: what the route does. The roles that may call it are added to the description. */
  readonly summary: string;
  /** More than the summary says: statute sections, rule numbers, what the response holds. */
  readonly description?: string;
  /** Error statuses the route can return that its method and parameters do not imply (e.g. 409 on a read). */
  readonly errors?: readonly ErrorStatus[];
  /** The success response's schema when it is not a DTO class; the status is 200 for reads, 201 for writes. */
  readonly response?: SchemaObject;
  /** The success status when it is not the method's default (200 for GET, 201 for POST). */
  readonly status?: number;
}

/**
 * Documents a route in the OpenAPI document: its summary and description, its success response and
 * any error statuses beyond those implied by its method, path and `@Roles`. Roles, the bearer
 * scheme and the error responses with their codes are added from the route's metadata when the
 * document is built (`describeApi`), so that they cannot differ from what the guards enforce.
 */
export function ApiRoute(options: ApiRouteOptions): MethodDecorator {
  const decorators = [ApiOperation({ summary: options.summary, ...(options.description ? { description: options.description } : {}) }), SetMetadata(API_ROUTE_KEY, options)];
  if (options.response) decorators.push(ApiResponse({ status: options.status ?? 200, description: options.summary, schema: options.response }));
  return applyDecorators(...decorators);
}
