import { instant, isCalendarDate, type CalendarDate } from '#domain';
import { z } from 'zod';

/** Field schemas the payloads of every family share. */

/** A calendar date `YYYY-MM-DD`, typed as the domain's {@link CalendarDate}. */
export const calendarDate = z.string().refine(isCalendarDate, 'not a calendar date').transform((v) => v as CalendarDate);

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

export const id = z.string().min(1);
export const text = z.string();
export const nullableText = z.string().nullable();
export const wholeNumber = z.number().int().nonnegative();
export const positiveWholeNumber = z.number().int().positive();

/** A field absent from older payloads is read as null, as the code that wrote them read it. */
export const optionalNullable = <S extends z.ZodType>(schema: S) => schema.nullable().optional().transform((v) => v ?? null);
