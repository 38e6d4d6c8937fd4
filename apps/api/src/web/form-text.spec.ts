import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { ChangeMemberParticularsDto } from '../practices/dto/practice.dto';
import { heldFieldProblems, holdUnrecordableText, UNRECORDABLE_PROBLEM, withoutUnrecordableText } from './form-text';
import { inputProblemWords } from './input-words';
import { asDto, refusalErrors } from './web-page';

/** A POST form's request and a response whose status and render are seen, with `next` run as the route would be. */
function send(body: Record<string, unknown>, route: (request: Request) => Promise<void> | void): { request: Request; rendered: () => number | undefined; run: Promise<void> } {
  const request = { method: 'POST', body } as unknown as Request;
  let status = 200;
  let renderedAt: number | undefined;
  const response = {
    get statusCode() {
      return status;
    },
    status(code: number) {
      status = code;
      return response;
    },
    render() {
      renderedAt = status;
    },
  } as unknown as Response;
  const run = new Promise<void>((resolve, reject) => {
    const next: NextFunction = () => void Promise.resolve(route(request)).then(resolve, reject);
    holdUnrecordableText(request, response, next);
  });
  return { request, rendered: () => renderedAt, run: run.then(() => void response.status(422).render('form.njk')) };
}

describe('text a page form may not record', () => {
  it('finds each C0 control but tab, line feed and carriage return, DEL, and each direction embedding, override or isolate, in the field that holds it, and takes it out', () => {
    const found = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001f', '\u007f', '\u0085', '\u009b', '\u202a', '\u202e', '\u2066', '\u2069'];
    for (const c of found) expect([JSON.stringify(c), withoutUnrecordableText({ name: `A${c}B`, address: '1 Road' })]).toEqual([JSON.stringify(c), { body: { name: 'AB', address: '1 Road' }, fields: ['name'] }]);
  });

  it('leaves tab, new lines, names in Arabic, Urdu and Hebrew with their direction marks (U+200E, U+200F), joiners and emoji as typed', () => {
    const body = { text: 'THAT:\n\tfirst\nsecond', name: 'عيادة النور الطبية', other: 'ڈاکٹر عائشہ خان', hebrew: 'מרפאת הכרמל', marked: '\u200fעיאדה 12\u200e', joined: 'क्‍ष 👩‍⚕️' };
    expect(withoutUnrecordableText(body)).toEqual({ body, fields: [] });
    // A text area's CR LF (and a lone CR) are recorded as LF, as the API's bodies carry them; nothing is refused for them.
    expect(withoutUnrecordableText({ text: 'THAT:\r\n\tfirst\rsecond\r\n' })).toEqual({ body: { text: 'THAT:\n\tfirst\nsecond\n' }, fields: [] });
  });

  it('a list or a nested value counts for its field, named as the form sends it', () => {
    expect(withoutUnrecordableText({ directorId: ['a', 'b\u0000'], 'interest-a': '1\u202e', to: { x: 'y\u0007' } })).toEqual({
      body: { directorId: ['a', 'b'], 'interest-a': '1', to: { x: 'y' } },
      fields: ['directorId', 'interest-a', 'to'],
    });
  });
});

describe('a page form holding such text', () => {
  it('reaches its route without the characters; the answers go to no service: asDto refuses them naming the form field first, then what else the DTO finds; shown again it answers 400', async () => {
    let refusal: unknown;
    const sent = send({ name: 'Dr\u202e A', address: '1 Road', effectiveOn: '2026-02-30' }, async (request) => {
      const f = request.body as Record<string, string>;
      expect(f.name).toBe('Dr A');
      await asDto(ChangeMemberParticularsDto, { name: f.name, address: f.address, effectiveOn: f.effectiveOn }).catch((error: unknown) => (refusal = error));
    });
    await sent.run;
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).details).toEqual([
      { field: 'name', problems: [UNRECORDABLE_PROBLEM], formField: true },
      expect.objectContaining({ field: 'effectiveOn', typed: true }),
    ]);
    // The form field is named as sent, not through the form's map of DTO fields.
    expect(refusalErrors(refusal, { name: 'somewhereElse', effectiveOn: 'on' }, 'fallback').map((e) => e.field)).toEqual(['name', 'on']);
    expect(sent.rendered()).toBe(400);
    expect(heldFieldProblems()).toEqual([]);
  });

  it('answers valid by the DTO are refused all the same', async () => {
    let refusal: unknown;
    await send({ address: '\u00011 Road' }, async () => {
      await asDto(ChangeMemberParticularsDto, { address: '1 Road', effectiveOn: '2026-01-05' }).catch((error: unknown) => (refusal = error));
    }).run;
    expect((refusal as AppError).details).toEqual([{ field: 'address', problems: [UNRECORDABLE_PROBLEM], formField: true }]);
  });

  it('a form without such text is passed on as sent, and shown again to be put right it answers 422', async () => {
    const body = { name: 'Dr A\tB' };
    const sent = send(body, async (request) => {
      expect(request.body).toEqual(body);
      expect(heldFieldProblems()).toEqual([]);
      await expect(asDto(ChangeMemberParticularsDto, { name: 'Dr A', effectiveOn: '2026-01-05' })).resolves.toBeDefined();
    });
    await sent.run;
    expect(sent.rendered()).toBe(422);
  });

  it('a name typed with combining accents reaches its route in NFC, accented letters, in lists and nested values too; nothing is held', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Minh';
    const sent = send({ name: decomposed, names: [decomposed], holder: { name: decomposed } }, (request) => {
      expect(request.body).toEqual({ name: 'Nguyễn Thị Minh', names: ['Nguyễn Thị Minh'], holder: { name: 'Nguyễn Thị Minh' } });
      expect((request.body as { name: string }).name).toHaveLength(15);
      expect(heldFieldProblems()).toEqual([]);
    });
    await sent.run;
    expect(sent.rendered()).toBe(422);
  });

  it('is told in words naming the field as the page labels it, never the character code', () => {
    const words = (field: string) => inputProblemWords(field, UNRECORDABLE_PROBLEM);
    expect(words('name')).toBe('Name had a character that cannot be recorded (a control character or a text-direction mark). It has been taken out: check the name and send the form again');
    expect(words('holderAddress')).toMatch(/^Holder address had a character .* check the holder address and send/);
    expect(words('answer-note')).toMatch(/^Note had /);
    expect(words('interest-3f2a9b1c-0d4e-4a5b-8c6d-7e8f9a0b1c2d')).toMatch(/^Interest had /);
  });
});
