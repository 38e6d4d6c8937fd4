import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, type LoggerService } from '@nestjs/common';
import { DriverException } from '@mikro-orm/core';
import { Logger as PinoNestLogger, type Params } from 'nestjs-pino';
import { stdSerializers, type DestinationStream, type LoggerOptions } from 'pino';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';
import type PinoPretty from 'pino-pretty';
import type { Settings } from '../config/settings';

type LogSettings = Pick<Settings, 'logLevel' | 'logFormat'>;
type HttpOptions = LoggerOptions & Options;

/**
 * Logs through pino: one line per request (request id, method, route, status, duration), pretty in a
 * terminal and JSON otherwise. A request whose client went away before the answer was sent is logged
 * at warn with status 499 and `aborted: true` ({@link CLIENT_CLOSED_REQUEST}), one the server timed
 * out with 408 and `timedOut: true`: neither as answered. What is logged is chosen field by field — never headers or bodies —
 * and every message and error passes through `scrub`, so no token, token hash or personal data
 * reaches a log even by way of an error from the database.
 *
 * The request lines come from {@link requestLogging}, mounted before anything else reads the request
 * (`configureApp`), so a request refused before it reaches a route (a body too large or not JSON, a
 * page's form without its CSRF token) is logged like any other. nestjs-pino is given `useExisting`: it
 * mounts no request logger of its own (a request would be logged twice), and only binds each request's
 * logger for what is logged while it is handled; its own logger takes what is logged outside requests.
 */
export function loggerParams(settings: LogSettings, destination: DestinationStream | null): Params {
  const [options, stream] = loggerOptions(settings, destination);
  return { pinoHttp: stream ? [options, stream] : options, useExisting: true };
}

/** The request logger (pino-http) of one app, with the options of {@link loggerParams}. */
export function requestLogging(settings: LogSettings, destination: DestinationStream | null): HttpLogger {
  const [options, stream] = loggerOptions(settings, destination);
  return pinoHttp(options, stream);
}

function loggerOptions(settings: LogSettings, destination: DestinationStream | null): [HttpOptions, DestinationStream | undefined] {
  const options: HttpOptions = {
    level: settings.logLevel,
    base: undefined,
    genReqId: requestId,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 || unfinishedStatus(res) !== null ? 'warn' : 'info'),
    customSuccessMessage: (req, res, durationMs) => `${req.method} ${routeOf(req)} ${statusLogged(res)} ${durationMs} ms${unfinishedWords(res)}`,
    customErrorMessage: (req, res) => `${req.method} ${routeOf(req)} ${statusLogged(res)}${unfinishedWords(res)}`,
    // The route is known once the request has been routed, so it is added when the response is logged.
    customSuccessObject: (req, res, fields: object) => ({ ...fields, route: routeOf(req), ...unfinishedFields(res) }),
    customErrorObject: (req, res, _error, fields: object) => ({ ...fields, route: routeOf(req), ...unfinishedFields(res) }),
    // Health probes come every few seconds, and the design system's files with every page; the health
    // module logs what goes wrong.
    autoLogging: { ignore: (req) => /^\/(health|assets\/)/.test(req.url ?? '') },
    quietReqLogger: true,
    serializers: {
      req: (req: { method: string }) => ({ method: req.method }),
      // pino's serialisation of the response, whose `raw` is the response itself.
      res: (res: { statusCode: number | null; raw?: ServerResponse }) => ({ statusCode: (res.raw && unfinishedStatus(res.raw)) ?? res.statusCode }),
      err: safeError,
    },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    hooks: { logMethod: scrubArguments },
  };
  return [options, destination ?? (settings.logFormat === 'pretty' ? prettyStream() : undefined)];
}

/**
 * The Nest logger the app uses: pino underneath. Nest's own start-up lines (modules loaded, one line
 * per route) are debug, not info, so a start logs one line: "ready on …".
 */
@Injectable()
export class AppLogger implements LoggerService {
  constructor(private readonly pino: PinoNestLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    if (QUIET_CONTEXTS.has(String(params.at(-1)))) this.pino.debug(message, ...params);
    else this.pino.log(message, ...params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.pino.error(message, ...params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.pino.warn(message, ...params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.pino.debug(message, ...params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.pino.verbose(message, ...params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.pino.fatal(message, ...params);
  }
}

const QUIET_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** Fields that may hold a secret wherever they turn up in a logged object. */
const REDACTED_PATHS = ['authorization', 'token', 'tokenHash', 'token_hash', 'adminToken', 'password', 'cookie'].flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
  `*.headers.${field}`,
]);

const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/\bBearer\s+[^\s"',;]+/gi, 'Bearer [redacted]'],
  [/\bcic_[A-Za-z0-9_-]{16,}/g, 'cic_[redacted]'],
  // A token's hash named next to its column or field, as database errors do: Key (token_hash)=(…).
  [/(token_?hash\W{0,8})[0-9a-f]{64}/gi, '$1[redacted]'],
];

/** Takes tokens and token hashes out of a text. */
export function scrub(text: string): string {
  return SECRET_PATTERNS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/**
 * An error as it may be logged. A database error's message, detail and query can carry the values
 * of a row (a token's hash, an employee's name), so only its kind and where it happened are kept.
 * Takes the error itself or, as pino-http hands it over, pino's serialisation of it (whose `raw` is
 * the error).
 */
export function safeError(logged: unknown): Record<string, unknown> {
  const error = rawError(logged);
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const fields = error as Error & Record<string, unknown>;
  if (error instanceof DriverException || typeof fields.routine === 'string') {
    const kept = ['code', 'sqlState', 'constraint', 'table', 'routine'].filter((key) => typeof fields[key] === 'string' || typeof fields[key] === 'number');
    return { type: error.name, message: 'a database error (its message is not logged: it may hold row values)', ...Object.fromEntries(kept.map((key) => [key, fields[key]])) };
  }
  const serialized = stdSerializers.err(error);
  return { ...serialized, message: scrub(serialized.message ?? ''), stack: scrub(serialized.stack ?? '') };
}

/** The error pino serialised (`raw`, not enumerable, on its serialisation), or what was given. */
function rawError(logged: unknown): unknown {
  if (logged instanceof Error || typeof logged !== 'object' || logged === null) return logged;
  const raw = (logged as { raw?: unknown }).raw;
  return raw instanceof Error ? raw : logged;
}

function scrubArguments(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  method.apply(this, args.map((arg) => (typeof arg === 'string' ? scrub(arg) : arg)));
}

/** The id a caller sent in `X-Request-Id` if it is a plain one, else a new one; echoed in the response. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const sent = req.headers['x-request-id'];
  const id = typeof sent === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(sent) ? sent : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * The status logged for a request whose client closed the connection before the answer was sent
 * whole: nginx's 499 "client closed request". No response carries it; the request's line also has
 * `aborted: true`, at warn level.
 */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * The status to log for a response that closed before it was sent whole, or null when it was sent.
 * pino-http logs a response on `finish` (answer sent) or on `close` without `finish`;
 * `writableFinished` is set just before `finish`. Unfinished, it is 408 when the server ended the
 * request (still arriving after REQUEST_TIMEOUT_SECONDS: Node answered 408 and closed the
 * connection), else 499: the client went away while the request was read or handled, or while the
 * answer was on its way.
 */
function unfinishedStatus(res: ServerResponse): number | null {
  if (res.writableFinished) return null;
  const ended = (res.req?.socket as { errored?: { code?: unknown } | null } | undefined)?.errored;
  return ended?.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : CLIENT_CLOSED_REQUEST;
}

function statusLogged(res: ServerResponse): number {
  return unfinishedStatus(res) ?? res.statusCode;
}

/** Why a response was not sent whole, in words for its line; empty when it was sent. */
function unfinishedWords(res: ServerResponse): string {
  const status = unfinishedStatus(res);
  if (status === null) return '';
  return status === CLIENT_CLOSED_REQUEST ? ' (the client closed the request before the answer was sent)' : ' (the request was still arriving after REQUEST_TIMEOUT_SECONDS)';
}

function unfinishedFields(res: ServerResponse): { aborted?: true; timedOut?: true } {
  const status = unfinishedStatus(res);
  return status === null ? {} : status === CLIENT_CLOSED_REQUEST ? { aborted: true } : { timedOut: true };
}

/**
 * The matched route's pattern (`/api/companies/:companyId/register`), never the values in the URL.
 * A request no route matched has only the logging middleware's catch-all (`{/*splat}`).
 */
function routeOf(req: IncomingMessage): string {
  const route = (req as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  return typeof route === 'string' && !route.includes('*') ? route : '(no route)';
}

/** pino-pretty (30 modules) is loaded only when logs are pretty: not at the start of a service logging JSON. */
function prettyStream(): DestinationStream {
  return (require('pino-pretty') as typeof PinoPretty)({
    colorize: true,
    sync: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context,req,res,requestId,durationMs,route',
    messageFormat: '{if context}[{context}] {end}{msg}',
  });
}
