import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError, type DomainErrorCode } from '#domain';
import type { Response } from 'express';
import { AppError, type AppErrorCode } from './app-error';

/** The one shape every error response has. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/** 409 when the request clashes with what the register already holds; 422 when it breaks a rule outright. */
export function statusOfDomainError(code: DomainErrorCode): number {
  switch (code) {
    case 'INVALID_DATE':
    case 'INVALID_INSTANT':
    case 'INVALID_AMOUNT':
    case 'INVALID_SHARE_NUMBER':
      return 400;
    case 'SHARE_NUMBER_ALREADY_USED':
    case 'SHARE_ALREADY_CANCELLED':
    case 'SHARE_NOT_HELD_BY_MEMBER':
    case 'MEMBER_ALREADY_HOLDS_A_SHARE':
    case 'PRACTICE_ALREADY_A_MEMBER':
    case 'EVENT_PREDATES_DEPENDENCY':
      return 409;
    case 'EVENT_BEFORE_INCORPORATION':
    case 'SHARE_NOT_ISSUED':
    case 'SHARE_CLASS_NOT_IN_ARTICLES':
    case 'NOMINAL_VALUE_NOT_IN_ARTICLES':
    case 'PAID_UP_EXCEEDS_NOMINAL':
    case 'HOLDER_NOT_ELIGIBLE':
    case 'TRANSFER_TO_SAME_MEMBER':
    case 'TRANSFER_REGISTERED_BEFORE_LODGED':
      return 422;
  }
}

export function statusOfAppError(code: AppErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
      return 404;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'CONCURRENT_WRITE':
      return 409;
  }
}

/** Maps every error to `{statusCode, code, message, details?}`; anything unexpected is logged and is a 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = this.toBody(error);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(error: unknown): ErrorBody {
    if (error instanceof DomainError) {
      return withDetails(statusOfDomainError(error.code), error.code, error.message, error.details);
    }
    if (error instanceof AppError) {
      return withDetails(statusOfAppError(error.code), error.code, error.message, error.details);
    }
    if (error instanceof HttpException) {
      // Raised by the framework itself: unknown routes, malformed JSON, bodies over the size limit.
      const statusCode = error.getStatus();
      const code =
        statusCode === 404 ? 'ROUTE_NOT_FOUND' : statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      return { statusCode, code, message: error.message };
    }
    const status = (error as { status?: unknown; type?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser errors (malformed JSON, too large) arrive as plain errors with a status.
      return { statusCode: status, code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', message: 'the request body could not be read' };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'an unexpected error occurred' };
  }
}

function withDetails(statusCode: number, code: string, message: string, details: unknown): ErrorBody {
  return details === undefined ? { statusCode, code, message } : { statusCode, code, message, details };
}
