import { DOMAIN_ERROR_STATUS } from '../common/domain-error-status';
import { APP_ERROR_MESSAGES, DOMAIN_ERROR_MESSAGES } from './error-messages';

describe('the words the pages use for each refusal', () => {
  it('every domain error code in the modules\' error-status maps has a message a secretary can read', () => {
    const codes = Object.keys(DOMAIN_ERROR_STATUS);
    const missing = codes.filter((code) => !(DOMAIN_ERROR_MESSAGES as Record<string, string>)[code]?.trim());
    expect(missing).toEqual([]);
    // And no message for a code that no longer exists.
    expect(Object.keys(DOMAIN_ERROR_MESSAGES).sort()).toEqual([...codes].sort());
  });

  it('no message is the bare code, and none ends with a full stop (they sit in lists and beside fields)', () => {
    for (const [code, message] of [...Object.entries(DOMAIN_ERROR_MESSAGES), ...Object.entries(APP_ERROR_MESSAGES)]) {
      expect([code, message.includes(code) || /^[A-Z_]+$/.test(message)]).toEqual([code, false]);
      expect([code, message.endsWith('.')]).toEqual([code, false]);
    }
  });
});
