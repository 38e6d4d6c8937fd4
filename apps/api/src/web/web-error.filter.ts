import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '#domain';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { pageMessage, statusOfAppError } from '../common/error.filter';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailability } from '../common/database-unavailable';
import { DOMAIN_ERROR_STATUS } from '../common/domain-error-status';
import { APP_ERROR_MESSAGES } from './error-messages';
import { inputProblemWords } from './input-words';
import { generalRefusalWords } from './refusal-words';
import { RefusedFormFields } from './form-fields';
import { PageForbidden, SignInNeeded } from './web-auth.guard';

/**
 * Errors on a page answer with a page: a visitor is sent to sign in, a role that may not see the page
 * gets a 403 page, a form with a field its route does not take (or one sent twice) a 400 page naming the field, a refusal from the services its plain words (most refusals on forms are shown on
 * the form itself, by its controller), anything unexpected a 500 page with nothing of the error in it.
 */
@Catch()
export class WebErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (error instanceof SignInNeeded) return response.redirect(303, '/');
    if (error instanceof PageForbidden) {
      const title = error.change ? 'You cannot make this change' : 'You cannot see this page';
      return response.status(403).render('error.njk', { title, message: `${error.message}. Ask the company secretary if you need it${error.change ? ' done' : ''}.` });
    }
    if (error instanceof RefusedFormFields) {
      return response.status(400).render('error.njk', { title: 'This could not be done', message: `${error.message}. Nothing was saved. Go back, reload the page and send the form again.` });
    }
    if (error instanceof DomainError) {
      return response.status(DOMAIN_ERROR_STATUS[error.code]).render('error.njk', { title: 'This could not be done', message: generalRefusalWords(error) });
    }
    if (error instanceof AppError) {
      const status = statusOfAppError(error.code);
      // The request's log line (pino-http) names the error of a 500, through safeError.
      if (status >= 500) response.err = error;
      // A problem with the address itself (an "as at" date that is not a real date) says which.
      // What the request check found (a NUL, a right-to-left override) is worded naming the field.
      const details = error.code === 'VALIDATION_FAILED' ? (error.details as { field?: string; problems?: string[] }[] | undefined) : undefined;
      const problems = details?.flatMap((d) => (d.problems ?? []).map((p) => inputProblemWords(d.field ?? '', p) ?? p));
      const message = problems?.length ? `${APP_ERROR_MESSAGES[error.code]}: ${problems.join('; ')}` : APP_ERROR_MESSAGES[error.code];
      // A page asked for with options in its address it cannot take links to the same page without them.
      const request = host.switchToHttp().getRequest<Request>();
      const plain = problems?.length && request.method === 'GET' && request.path !== request.originalUrl ? request.path : null;
      return response.status(status).render('error.njk', { title: 'This could not be done', message, plain });
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return response.status(status).render('error.njk', { title: 'This could not be done', message: 'The request could not be read.' });
    }
    if (databaseUnavailability(error)) {
      // The database refusing connections, shut down or out of space: the form's transaction failed.
      response.err = error instanceof Error ? error : new Error(String(error));
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return response.status(503).render('error.njk', { title: 'The service is not available just now', message: pageMessage(503) });
    }
    this.logger.error(error);
    response.err = error instanceof Error ? error : new Error(String(error));
    response.status(500).render('error.njk', { title: 'Sorry, there is a problem with the service', message: 'Try again later. Nothing was saved.' });
  }
}
