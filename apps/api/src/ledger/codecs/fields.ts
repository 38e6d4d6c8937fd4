import { calendarDate as checkedDate, instant, isCalendarDate, type CalendarDate, type Instant } from '#domain';
import { z } from 'zod';

/** Field schemas the payloads of every family share. */

/** A calendar date `YYYY-MM-DD`, typed as the domain's {@link CalendarDate}. */
export const calendarDate = z.custom<CalendarDate>((v) => typeof v === 'string' && isCalendarDate(v), 'not a calendar date');

export const nullableDate = calendarDate.nullable();

/** A UTC instant as the ledger writes it. */
export const utcInstant = z.string().transform((v, ctx) => {
  try {
    return instant(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not an instant', input: v });
    return z.NEVER;
  }
});

/**
 * An entry's own effective date, which decoders read from the entry rather than the payload. Checked
 * directly rather than through a schema (every entry of a ledger passes here when it is folded or
 * verified). Throws DomainError `INVALID_DATE`, which {@link LedgerFamily.decode} reports as
 * `LEDGER_ENTRY_UNREADABLE`.
 */
export const entryDate = (entry: { readonly effectiveOn: string }): CalendarDate => checkedDate(entry.effectiveOn);

/** An entry's recording instant, checked; throws DomainError `INVALID_INSTANT` (see {@link entryDate}). */
export const entryInstant = (entry: { readonly recordedAt: string }): Instant => instant(entry.recordedAt);

/** What every share event takes from its entry: its id (the entry's sequence number), effective date and recording instant. */
export const entryStamp = (entry: { readonly sequence: number; readonly effectiveOn: string; readonly recordedAt: string }) => ({
  eventId: String(entry.sequence),
  effectiveOn: entryDate(entry),
  recordedAt: entryInstant(entry),
});

export const id = z.string().min(1);
export const text = z.string();
export const nullableText = z.string().nullable();
export const wholeNumber = z.number().int().nonnegative();
export const positiveWholeNumber = z.number().int().positive();

/** A field absent from older payloads is read as null, as the code that wrote them read it. */
export const optionalNullable = <S extends z.ZodType>(schema: S) => schema.nullable().optional().transform((v) => v ?? null);

/** MT-2 (s.1147): the day a general meeting's notice was sent and how (`NoticeSent`); added after the first meetings were recorded, absent there and where only the day of delivery was given. */
export const noticeSent = z.strictObject({ on: calendarDate, by: z.enum(['hand', 'post', 'electronic']) });
