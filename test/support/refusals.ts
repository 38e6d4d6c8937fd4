import type { Response } from 'supertest';

/**
 * A refusal as every error response gives it: the status and code, the one body shape
 * `{statusCode, code, message, details?}` with a message to read, and, for a bad field, the field named
 * in `details`.
 */
export function expectRefusal(res: Response, status: number, code: string, field?: string): void {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(['code', 'details', 'message', 'statusCode']).toEqual(expect.arrayContaining(Object.keys(res.body)));
  expect(res.body).toMatchObject({ statusCode: status, message: expect.stringMatching(/\S/) });
  if (field !== undefined) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

export type Refused = (send: () => PromiseLike<Response>, status: number, code: string, field?: string) => Promise<Response>;

/**
 * A check that a request is refused and changes nothing: `state` is read before and after, and must
 * be equal. Each test file says what a write could change (the ledger head, the register, rows).
 */
export function refusedUnchanged(state: () => Promise<unknown>): Refused {
  return async (send, status, code, field) => {
    const before = await state();
    const res = await send();
    expectRefusal(res, status, code, field);
    expect(await state()).toEqual(before);
    return res;
  };
}
