import type { OfficerParticulars } from '#domain';
import { z } from 'zod';
import { text } from './fields';

/** Field schemas of the officers' payloads, shared with the governance family's `director.appointed`. */

/** A salted SHA-256 commitment to a version of protected details kept outside the ledger. */
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 commitment');

/** `YYYY-MM`: the month and year of birth, the only public part of a date of birth (EC-4). */
export const birthMonth = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'not a month YYYY-MM');

/** The public particulars of a director (s.163) or secretary (s.277). */
export const officerParticulars = z.strictObject({
  name: text,
  formerNames: z.array(text),
  serviceAddress: text,
  countryOfResidence: text.nullable(),
  nationality: text.nullable(),
  occupation: text.nullable(),
  birthMonth: birthMonth.nullable(),
});

export function officerParticularsPayload(p: OfficerParticulars): z.input<typeof officerParticulars> {
  return {
    name: p.name,
    formerNames: [...p.formerNames],
    serviceAddress: p.serviceAddress,
    countryOfResidence: p.countryOfResidence,
    nationality: p.nationality,
    occupation: p.occupation,
    birthMonth: p.birthMonth,
  };
}
