import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AuthFailureThrottle } from '../../auth/throttling';
import { TokensService } from '../../auth/tokens.service';
import { TOKEN_FILE } from '../../database/data-directory';
import { SESSION_COOKIE, type WebRequest } from '../web-session';
import { OpenPage, WebPages } from '../web-page';
import { FormFields } from '../form-fields';
import { QueryTakes } from '../page-query';

/**
 * What the sign-in page says of the first secretary token: the file's name in the data directory, never
 * its path, which would show every visitor where the service keeps its files.
 */
const TOKEN_FILE_WORDS = { tokenFileName: TOKEN_FILE };

/** `/`: the sign-in page for a visitor, the home page once signed in; signing in and out. */
@Controller()
@WebPages()
export class SignInController {
  constructor(
    private readonly tokens: TokensService,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  @Get()
  @QueryTakes()
  @OpenPage()
  start(@Req() request: WebRequest, @Res() response: Response): void {
    if (request.caller) return response.redirect(303, '/home');
    const ended = request.session.accessEnded === true;
    delete request.session.accessEnded;
    response.render('sign-in.njk', { title: 'Sign in', ...TOKEN_FILE_WORDS, fieldErrors: {}, ended });
  }

  /**
   * The same token check as the API's (TokensService.authenticate), and the same throttle on failures
   * per address. A new session id on success, so an id seen before signing in is worth nothing after.
   */
  @Post('sign-in')
  @FormFields('token')
  @OpenPage()
  async signIn(@Req() request: WebRequest, @Res() response: Response, @Body() body: { token?: unknown }): Promise<void> {
    const client = request.ip ?? 'unknown';
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    const refusedFor = this.throttle.refusedFor(client);
    const result = refusedFor > 0 ? null : token ? await this.tokens.authenticate(token) : { refused: 'no token' };
    if (!result || 'refused' in result) {
      if (result) await this.throttle.recordFailure(client);
      const text = result ? (token ? 'The token was not recognised, has expired or has been revoked' : 'Enter your access token') : `Too many failed attempts: try again in ${refusedFor} seconds`;
      const errors = [{ field: 'token', text, href: '#token' }];
      return response.status(result ? 401 : 429).render('sign-in.njk', { title: 'Sign in', ...TOKEN_FILE_WORDS, errors, fieldErrors: { token: { text } } });
    }
    const { caller } = result;
    request.session.regenerate((error) => {
      if (error) return response.status(500).render('error.njk', { title: 'Sorry, there is a problem with the service', message: 'Try again later.' });
      request.session.user = { tokenId: caller.tokenId, name: caller.name, role: caller.role };
      request.session.save(() => response.redirect(303, '/home'));
    });
  }

  @Post('sign-out')
  @FormFields()
  @OpenPage()
  signOut(@Req() request: WebRequest, @Res() response: Response): void {
    request.session.destroy(() => {
      response.clearCookie(SESSION_COOKIE, { path: '/' });
      response.redirect(303, '/');
    });
  }
}
