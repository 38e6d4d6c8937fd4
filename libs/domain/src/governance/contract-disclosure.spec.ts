import { calendarDate as d } from '../calendar/calendar-date';
import { errorCode as codeOf } from '../../test/error-code';
import { BUY_BACK_DISCLOSURE_DAYS, checkContractDisclosure, latestContractDisclosureOn } from './contract-disclosure';
import type { ShareAuthorisation } from './resolution';

const BUY_BACK: readonly ShareAuthorisation[] = [{ action: 'cancellation', reason: 'buy-back', shareNumber: 7 }];
const WRITTEN = { procedure: 'written', circulatedOn: d('2025-03-03') } as const;
const MEETING = { procedure: 'meeting', meetingOn: d('2025-02-25') } as const;

describe('SH-4, s.696: the contract for an off-market buy-back is disclosed to members before the resolution approving it', () => {
  it('s.696(2)(a): on a written resolution a copy sent on the day of circulation is in time, the day after is not', () => {
    expect(codeOf(() => checkContractDisclosure({ ...WRITTEN, authorises: BUY_BACK, contractDisclosedOn: d('2025-03-01') }))).toBe('ACCEPTED');
    expect(codeOf(() => checkContractDisclosure({ ...WRITTEN, authorises: BUY_BACK, contractDisclosedOn: d('2025-03-03') }))).toBe('ACCEPTED');
    expect(codeOf(() => checkContractDisclosure({ ...WRITTEN, authorises: BUY_BACK, contractDisclosedOn: d('2025-03-04') }))).toBe('CONTRACT_DISCLOSURE_TOO_LATE');
  });

  it('s.696(2)(b): at a meeting the contract is available for 15 days ending with the meeting day: from 14 days before it, not 13', () => {
    expect(BUY_BACK_DISCLOSURE_DAYS).toBe(15);
    expect(latestContractDisclosureOn(MEETING)).toBe('2025-02-11');
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: BUY_BACK, contractDisclosedOn: d('2025-02-11') }))).toBe('ACCEPTED');
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: BUY_BACK, contractDisclosedOn: d('2025-02-12') }))).toBe('CONTRACT_DISCLOSURE_TOO_LATE');
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: BUY_BACK, contractDisclosedOn: d('2025-02-25') }))).toBe('CONTRACT_DISCLOSURE_TOO_LATE');
  });

  it('a refusal names the field, the days and the latest day allowed, and cites s.696(2)', () => {
    try {
      checkContractDisclosure({ ...WRITTEN, authorises: BUY_BACK, contractDisclosedOn: d('2025-03-04'), field: 'items.0.contractDisclosedOn' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONTRACT_DISCLOSURE_TOO_LATE', details: { field: 'items.0.contractDisclosedOn', contractDisclosedOn: '2025-03-04', circulatedOn: '2025-03-03', latestOn: '2025-03-03' } });
      expect((error as Error).message).toContain('s.696(2)(a)');
    }
    try {
      checkContractDisclosure({ ...MEETING, authorises: BUY_BACK, contractDisclosedOn: d('2025-02-20') });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONTRACT_DISCLOSURE_TOO_LATE', details: { field: 'contractDisclosedOn', contractDisclosedOn: '2025-02-20', meetingOn: '2025-02-25', latestOn: '2025-02-11' } });
      expect((error as Error).message).toContain('s.696(2)(b)');
    }
  });

  it('a resolution approving a buy-back without the day of disclosure is refused (CONTRACT_DISCLOSURE_REQUIRED), naming the shares', () => {
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: BUY_BACK }))).toBe('CONTRACT_DISCLOSURE_REQUIRED');
    try {
      checkContractDisclosure({ ...WRITTEN, authorises: BUY_BACK });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONTRACT_DISCLOSURE_REQUIRED', details: { field: 'contractDisclosedOn', shareNumbers: [7] } });
      expect((error as Error).message).toContain('s.696(2)(a)');
    }
  });

  it('a day given for a resolution approving no buy-back is refused, not kept (CONTRACT_DISCLOSURE_NOT_NEEDED); none given is fine', () => {
    const cancellation: readonly ShareAuthorisation[] = [{ action: 'cancellation', shareNumber: 7 }];
    expect(codeOf(() => checkContractDisclosure({ ...WRITTEN, authorises: cancellation, contractDisclosedOn: d('2025-03-01') }))).toBe('CONTRACT_DISCLOSURE_NOT_NEEDED');
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: [], contractDisclosedOn: d('2025-02-01') }))).toBe('CONTRACT_DISCLOSURE_NOT_NEEDED');
    expect(codeOf(() => checkContractDisclosure({ ...MEETING, authorises: cancellation }))).toBe('ACCEPTED');
    expect(codeOf(() => checkContractDisclosure({ ...WRITTEN, authorises: [] }))).toBe('ACCEPTED');
  });
});
