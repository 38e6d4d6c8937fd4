import { NOTICE_SENT_BY_IN_WORDS, type NoticeSentBy } from '#domain';
import { filled } from '../web-page';
import { inWords } from '../view-filters';

/**
 * MT-2 (s.1147): a general meeting's notice as the call and proposal forms take it, the day it was
 * sent (`noticeSentOn`) and how (`noticeSentBy`), as the API takes them; the service works out the
 * day it is deemed delivered. Each is sent only when given, so the one left out is refused by name.
 */
export function noticeSentFrom(f: Readonly<Record<string, string | undefined>>): { noticeSentOn?: string; noticeSentBy?: string } {
  const on = filled(f.noticeSentOn);
  const by = filled(f.noticeSentBy);
  return { ...(on === undefined ? {} : { noticeSentOn: on }), ...(by === undefined ? {} : { noticeSentBy: by }) };
}

/**
 * MT-2 (s.1147): what the flash after calling a meeting adds of a notice posted or sent electronically:
 * " Notice posted on 6 March 2026 is deemed given on 10 March 2026 (s.1147)."; empty for notice by hand
 * or given as the day of delivery.
 */
export function deemedDeliveryFlash(notice: { readonly noticeGivenOn: string | null; readonly noticeSent?: { readonly on: string; readonly by: NoticeSentBy } }): string {
  const sent = notice.noticeSent;
  if (sent === undefined || sent.by === 'hand' || notice.noticeGivenOn === null) return '';
  return ` Notice ${NOTICE_SENT_BY_IN_WORDS[sent.by]} on ${inWords(sent.on)} is deemed given on ${inWords(notice.noticeGivenOn)} (s.1147).`;
}
