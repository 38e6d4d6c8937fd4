import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CreateTokenDto } from '../../auth/dto/create-token.dto';
import { Roles } from '../../auth/roles';
import { TokensService, type MadeToken } from '../../auth/tokens.service';
import { asDto, errorsByField, filled, refusalErrors, type FieldError } from '../web-page';
import { FormFields } from '../form-fields';
import { WebPages } from '../web-page';
import type { WebRequest } from '../web-session';
import { QueryTakes } from '../page-query';

const FIELD_OF = { name: 'name', role: 'role', expiresInDays: 'expiresInDays', expiresAt: 'expiresInDays' };

/** Access (secretary): issue a token for a named person and role, shown once; last use; revoke. */
@Controller('access')
@WebPages()
@Roles('secretary')
export class AccessController {
  constructor(private readonly tokens: TokensService) {}

  @Get()
  @QueryTakes()
  async list(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    res.render('access.njk', await this.view(req, {}, [], null));
  }

  /** The same DTO and service as POST /api/tokens; the new token is on this answer only, never stored in clear. */
  @Post('tokens')
  @FormFields('formId', 'name', 'role', 'expiresInDays')
  async issue(@Body() body: Record<string, string | undefined>, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    // Each form shown issues one token: the same form sent again (the page reloaded) issues no second one.
    const forms = req.session.tokenForms ?? [];
    if (!body.formId || !forms.includes(body.formId)) {
      const errors = [{ field: 'name', text: 'This form was already sent, and the token it issued is shown only once. If it was not passed on, revoke it below and issue another', href: '#name' }];
      res.status(409).render('access.njk', await this.view(req, {}, errors, null));
      return;
    }
    req.session.tokenForms = forms.filter((id) => id !== body.formId);
    try {
      const days = filled(body.expiresInDays);
      const dto = await asDto(CreateTokenDto, { name: filled(body.name), role: filled(body.role), ...(days ? { expiresInDays: /^\d+$/.test(days) ? Number(days) : days } : {}) });
      const expiresAt = dto.expiresInDays === undefined ? null : new Date(Date.now() + dto.expiresInDays * 86_400_000);
      const made = await this.tokens.create(dto.name, dto.role, req.caller!.name, expiresAt);
      res.status(201).render('access.njk', await this.view(req, {}, [], made));
    } catch (error) {
      const errors = refusalErrors(error, FIELD_OF, 'name', {
        name: 'Enter the name of the person, up to 200 characters',
        role: 'Choose the role',
        expiresInDays: 'Enter a whole number of days from 1 to 3650, or leave it blank',
      });
      res.status(422).render('access.njk', await this.view(req, body, errors, null));
    }
  }

  /**
   * Revoking takes the box ticked beside the button ("Yes, revoke the token of …"): one click on the button
   * alone revokes nothing. A token id that names no token, of whatever form, is the 404 page.
   */
  @Post('tokens/:tokenId/revoke')
  @FormFields('confirm')
  async revoke(@Param('tokenId') tokenId: string, @Body() body: { confirm?: unknown }, @Req() req: WebRequest, @Res() res: Response): Promise<void> {
    // Not the token this session signed in with: revoked here, it would sign the secretary out with no way back in.
    if (req.session.user?.tokenId === tokenId) {
      const errors = [{ field: 'name', text: 'You are signed in with this token. Issue yourself a new one and sign in with it first, or ask another secretary to revoke this one', href: '#name' }];
      res.status(409).render('access.njk', await this.view(req, {}, errors, null));
      return;
    }
    if (body.confirm !== 'yes') {
      const holder = (await this.tokens.list()).find((t) => t.tokenId === tokenId);
      const field = `revoke-${tokenId}`;
      const text = holder ? `Tick “Yes, revoke the token of ${holder.name}” to confirm: nothing was revoked` : 'Tick the box beside Revoke to confirm: nothing was revoked';
      res.status(422).render('access.njk', await this.view(req, {}, [{ field, text, href: `#${field}` }], null));
      return;
    }
    const revoked = await this.tokens.revoke(tokenId);
    req.session.flash = `The token of ${revoked.name} is revoked: it no longer signs in or calls the API.`;
    res.redirect(303, '/access');
  }

  private async view(req: WebRequest, values: Record<string, string | undefined>, errors: FieldError[], made: MadeToken | null) {
    const formId = randomUUID();
    req.session.tokenForms = [...(req.session.tokenForms ?? []).slice(-9), formId];
    return { title: 'Access', tokens: await this.tokens.list(), values, errors, fieldErrors: errorsByField(errors), made, formId, ownTokenId: req.session.user?.tokenId ?? null };
  }
}
