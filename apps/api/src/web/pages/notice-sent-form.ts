import { filled } from '../web-page';

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
