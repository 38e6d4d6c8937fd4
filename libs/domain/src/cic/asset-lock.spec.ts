import { refusalOf } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import {
  assetTransfer,
  assetTransfersAsAt,
  assetTransfersInYear,
  classifyAssetTransfer,
  regulatorConsentOf,
  valueBelowFullConsideration,
  type AssetTransferInput,
  type AssetTransferRecorded,
} from './asset-lock';
import type { AssetLockedBodiesNamed } from './named-asset-locked-bodies';
import { companyAccountingPeriods } from '../governance/filing-periods';
import { financialYearEnding } from './financial-years';

const d = calendarDate;
/** The articles name Example Community Trust (charity 1234567) from 1 January 2020 (see named-asset-locked-bodies.spec.ts). */
const TRUST = { name: 'Example Community Trust', registrationNumber: '1234567' };
const namedBodies: AssetLockedBodiesNamed[] = [
  { type: 'asset-locked-bodies-named', effectiveOn: d('2020-01-01'), changeId: '9', bodies: [TRUST], resolutionId: 'r1', regulatorApproval: { reference: 'CIC/ART/1', givenOn: d('2019-12-01') } },
];
const context = { incorporatedOn: d('2014-09-01'), recordedAt: instant('2026-12-02T12:00:00.000Z'), namedBodies };

/** A transfer of £10,000 of equipment for nothing to a body that is not asset-locked, changed by `more`. */
const transfer = (more: Partial<AssetTransferInput> = {}): AssetTransferInput => ({
  transferredOn: d('2025-06-30'),
  description: 'Clinical equipment from the closed hub',
  recipientName: 'Example Health Ltd',
  recipientKind: 'not-asset-locked',
  recipientRegistrationNumber: null,
  marketValuePence: 1_000_000,
  considerationPence: 0,
  regulatorConsent: null,
  communityBenefit: null,
  ...more,
});

/** The refusal's code and details, or the transfer's basis when it is allowed. */
function outcome(input: AssetTransferInput): string | [string, unknown] {
  try {
    return assetTransfer(input, context).basis;
  } catch (error) {
    if (error instanceof DomainError) return [error.code, error.details];
    throw error;
  }
}

describe('the asset lock: classifying a transfer of the company’s assets (CIC Regs 2005 Sch 2 para 1)', () => {
  it('CI-2: a transfer for full consideration is allowed to anyone, a GP practice or a company included; more than the value is full too', () => {
    expect(outcome(transfer({ considerationPence: 1_000_000 }))).toBe('full-consideration');
    expect(outcome(transfer({ considerationPence: 1_200_000, recipientName: 'Example Surgery (a GP practice)' }))).toBe('full-consideration');
    expect(outcome(transfer({ marketValuePence: 0, considerationPence: 0 }))).toBe('full-consideration');
  });

  it('CI-2: below full value to an asset-locked body named in the articles is allowed without consent or a statement, recorded with the name the articles give it', () => {
    const named = transfer({ recipientKind: 'asset-locked-body-named-in-articles', recipientName: '', recipientRegistrationNumber: ' 1234567 ' });
    expect(outcome(named)).toBe('to-named-asset-locked-body');
    expect(assetTransfer({ ...named, recipientName: 'The Trust' }, context)).toMatchObject({ recipientName: 'Example Community Trust', recipientRegistrationNumber: '1234567' });
    // A number the articles do not name is refused (named-asset-locked-bodies.spec.ts has every case).
    expect(outcome({ ...named, recipientRegistrationNumber: '7654321' })).toEqual(['ASSET_LOCKED_BODY_NOT_NAMED', expect.objectContaining({ reason: 'not-named' })]);
  });

  it('CI-2, CI-6: below full value to another asset-locked body (a CIC or charity) is allowed with the Regulator’s consent', () => {
    const consented = transfer({ recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: '1234567', regulatorConsent: { reference: 'CIC/AL/0042', givenOn: d('2025-06-01') } });
    expect(outcome(consented)).toBe('to-asset-locked-body-with-consent');
    // Consent given on the day of the transfer is in time.
    expect(outcome({ ...consented, regulatorConsent: { reference: 'CIC/AL/0042', givenOn: d('2025-06-30') } })).toBe('to-asset-locked-body-with-consent');
  });

  it('CI-2: below full value to a body that is not asset-locked is allowed for the benefit of the community, so stated', () => {
    expect(outcome(transfer({ communityBenefit: 'Equipment for a free community clinic in Bethnal Green' }))).toBe('for-community-benefit');
  });

  it('CI-6: below full value to an asset-locked body not named in the articles, without consent, is REGULATOR_CONSENT_REQUIRED, even with a community benefit stated', () => {
    const unconsented = transfer({ recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: 'SC123456', recipientName: 'Example CIC', considerationPence: 400_000 });
    expect(outcome(unconsented)).toEqual(['REGULATOR_CONSENT_REQUIRED', expect.objectContaining({ field: 'regulatorConsentReference', recipientName: 'Example CIC', valueBelowPence: 600_000 })]);
    expect(outcome({ ...unconsented, communityBenefit: 'A community hub' })).toEqual(['REGULATOR_CONSENT_REQUIRED', expect.anything()]);
    expect(() => classifyAssetTransfer(unconsented)).toThrow(/CIC Regulator’s consent.*\(CI-6\)/);
  });

  it('CI-2: below full value to a body that is not asset-locked (a GP practice), with no community benefit stated, is ASSET_LOCK_BREACH naming why', () => {
    const [code, details] = outcome(transfer({ recipientName: 'Example Surgery', considerationPence: 1 })) as [string, Record<string, unknown>];
    expect(code).toBe('ASSET_LOCK_BREACH');
    expect(details).toMatchObject({ field: 'communityBenefit', reason: 'below-full-value-to-body-not-asset-locked-without-community-benefit', recipientName: 'Example Surgery', valueBelowPence: 999_999 });
    // A blank statement is none.
    expect(outcome(transfer({ communityBenefit: '   ' }))).toEqual(['ASSET_LOCK_BREACH', expect.anything()]);
    expect(() => assetTransfer(transfer(), context)).toThrow(/not an asset-locked body.*\(CI-2\)/);
  });

  it('CI-6: a consent dated after the transfer is CONSENT_AFTER_TRANSFER', () => {
    const late = transfer({ recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: '1234567', regulatorConsent: { reference: 'CIC/AL/0042', givenOn: d('2025-07-01') } });
    expect(outcome(late)).toEqual(['CONSENT_AFTER_TRANSFER', { field: 'regulatorConsentOn', givenOn: '2025-07-01', transferredOn: '2025-06-30' }]);
  });

  it('CI-2: a transfer dated before incorporation, or after today, is refused naming transferredOn', () => {
    expect(outcome(transfer({ transferredOn: d('2014-08-31'), considerationPence: 1_000_000 }))).toEqual(['EVENT_BEFORE_INCORPORATION', expect.objectContaining({ field: 'transferredOn' })]);
    expect(outcome(transfer({ transferredOn: d('2026-12-03'), considerationPence: 1_000_000 }))).toEqual(['DATED_AFTER_RECORDING', expect.objectContaining({ field: 'transferredOn' })]);
    expect(outcome(transfer({ transferredOn: d('2026-12-02'), considerationPence: 1_000_000 }))).toBe('full-consideration');
  });

  it('CI-2: malformed transfers are refused naming the field: blank text, no registration number for another asset-locked body, amounts not whole pence from 0', () => {
    expect(outcome(transfer({ description: ' ' }))).toEqual(['INVALID_ASSET_TRANSFER', { field: 'description' }]);
    expect(outcome(transfer({ recipientName: '' }))).toEqual(['INVALID_ASSET_TRANSFER', { field: 'recipientName' }]);
    expect(outcome(transfer({ recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: ' ' }))).toEqual(['INVALID_ASSET_TRANSFER', { field: 'recipientRegistrationNumber' }]);
    expect(outcome(transfer({ marketValuePence: -1 }))).toEqual(['INVALID_AMOUNT', { field: 'marketValuePence' }]);
    expect(outcome(transfer({ considerationPence: 1.5 }))).toEqual(['INVALID_AMOUNT', { field: 'considerationPence' }]);
    expect(outcome(transfer({ transferredOn: '2025-02-30' as never }))).toEqual(['INVALID_DATE', { field: 'transferredOn' }]);
  });

  it('CI-6: the Regulator’s consent needs both its reference and its date', () => {
    expect(regulatorConsentOf(undefined, undefined)).toBeNull();
    expect(regulatorConsentOf(' CIC/AL/1 ', d('2025-01-01'))).toEqual({ reference: 'CIC/AL/1', givenOn: '2025-01-01' });
    expect(() => regulatorConsentOf('CIC/AL/1', null)).toThrow(expect.objectContaining({ code: 'INVALID_ASSET_TRANSFER', details: { field: 'regulatorConsentOn' } }));
    expect(() => regulatorConsentOf('  ', d('2025-01-01'))).toThrow(expect.objectContaining({ code: 'INVALID_ASSET_TRANSFER', details: { field: 'regulatorConsentReference' } }));
  });

  it('CI-2, CI-6: a registration number is a company or charity number, kept trimmed and in upper case; anything else is refused naming the field', () => {
    const consent = { reference: 'CIC/AL/0042', givenOn: d('2025-06-01') };
    expect(assetTransfer(transfer({ recipientKind: 'other-asset-locked-body', recipientRegistrationNumber: ' sc012345 ', regulatorConsent: consent }), context).recipientRegistrationNumber).toBe('SC012345');
    expect(assetTransfer(transfer({ recipientRegistrationNumber: 'nic100002', considerationPence: 1_000_000 }), context).recipientRegistrationNumber).toBe('NIC100002');
    for (const kind of ['other-asset-locked-body', 'not-asset-locked', 'asset-locked-body-named-in-articles'] as const) {
      const refusal = refusalOf(() => assetTransfer(transfer({ recipientKind: kind, recipientRegistrationNumber: '!!', regulatorConsent: consent }), context));
      expect([kind, refusal.code, refusal.details]).toEqual([kind, 'INVALID_ASSET_TRANSFER', { field: 'recipientRegistrationNumber', reason: 'not-a-registration-number' }]);
      expect(refusal.message).toContain('recipientRegistrationNumber: is not a company or charity number');
      expect(refusal.message).toContain('8-character form');
    }
  });

  it('a transfer is kept tidied: text trimmed, a blank registration number or statement kept as none', () => {
    const kept = assetTransfer(transfer({ description: '  Equipment ', recipientRegistrationNumber: '  ', communityBenefit: ' A clinic ' }), context);
    expect(kept).toMatchObject({ description: 'Equipment', recipientRegistrationNumber: null, communityBenefit: 'A clinic', basis: 'for-community-benefit' });
  });
});

describe('the value transferred below full consideration (CI-5, for the CIC34 report)', () => {
  const recorded = (id: string, transferredOn: string, marketValuePence: number, considerationPence: number): AssetTransferRecorded => ({
    type: 'asset-transfer-recorded',
    effectiveOn: d(transferredOn),
    transferId: id,
    transfer: { ...transfer({ transferredOn: d(transferredOn), marketValuePence, considerationPence, communityBenefit: 'x' }), basis: 'for-community-benefit' },
  });
  const events = [recorded('1', '2025-03-31', 500, 100), recorded('2', '2024-04-01', 1000, 0), recorded('3', '2024-03-31', 700, 0), recorded('4', '2024-06-01', 300, 900)];

  it('is the market value less the consideration, never below 0', () => {
    expect(valueBelowFullConsideration({ marketValuePence: 1000, considerationPence: 250 })).toBe(750);
    expect(valueBelowFullConsideration({ marketValuePence: 300, considerationPence: 900 })).toBe(0);
  });

  /** The accounting reference date 31 March: the first period from incorporation on 1 September 2014 to 31 March 2015. */
  const march = (changes: Parameters<typeof companyAccountingPeriods>[2] = []) =>
    companyAccountingPeriods(context.incorporatedOn, { accountingReferenceDate: { month: 3, day: 31 }, firstAccountsPeriodEndsOn: null }, changes);
  /** February's last day: 28th, or 29th in a leap year (s.391 reads a date past a month's end as its last day). */
  const february = companyAccountingPeriods(context.incorporatedOn, { accountingReferenceDate: { month: 2, day: 29 }, firstAccountsPeriodEndsOn: null });

  it('CI-5, s.390: a financial year is an accounting reference period, leap years included', () => {
    expect(financialYearEnding(march(), d('2025-03-31'))).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(financialYearEnding(february, d('2025-02-28'))).toEqual({ from: '2024-03-01', to: '2025-02-28' });
    expect(financialYearEnding(february, d('2024-02-29'))).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('CI-5: the total for a year counts the transfers dated in it, both ends included, and none outside', () => {
    const year = assetTransfersInYear(events, march(), d('2025-03-31'));
    expect(year.transfers.map((e) => e.transferId)).toEqual(['1', '2', '4']);
    expect(year.totalBelowFullConsiderationPence).toBe(400 + 1000 + 0);
    expect(assetTransfersInYear(events, march(), d('2024-03-31')).totalBelowFullConsiderationPence).toBe(700);
    expect(assetTransfersInYear(events, march(), d('2026-03-31'))).toMatchObject({ transfers: [], totalBelowFullConsiderationPence: 0 });
  });

  it('CI-5, s.391(5): the first financial year runs from incorporation to the first accounting reference date more than 6 months on, 13 months to 30 September 2015 with none set', () => {
    const september = companyAccountingPeriods(context.incorporatedOn, { accountingReferenceDate: null, firstAccountsPeriodEndsOn: null });
    const first = [recorded('a', '2014-09-01', 100, 0), recorded('b', '2014-09-30', 20, 0), recorded('c', '2015-09-30', 3, 0), recorded('d', '2015-10-01', 9, 0)];
    expect(assetTransfersInYear(first, september, d('2015-09-30'))).toMatchObject({ year: { from: '2014-09-01', to: '2015-09-30' }, totalBelowFullConsiderationPence: 123 });
    expect(errorCodeOf(() => assetTransfersInYear(first, september, d('2014-09-30')))).toBe('NOT_A_FINANCIAL_YEAR_END');
  });

  it('CI-5, s.392: an AA01 of 30 November 2020 to 31 December shortens the year from 1 April 2020 to end on 31 December 2020; 31 March 2021 ends no year', () => {
    const moved = march([{ effectiveOn: d('2020-11-30'), ard: { month: 12, day: 31 } }]);
    const those = [recorded('a', '2020-04-01', 1, 0), recorded('b', '2020-12-31', 10, 0), recorded('c', '2021-01-01', 100, 0)];
    expect(assetTransfersInYear(those, moved, d('2020-12-31'))).toMatchObject({ year: { from: '2020-04-01', to: '2020-12-31' }, totalBelowFullConsiderationPence: 11 });
    expect(assetTransfersInYear(those, moved, d('2021-12-31'))).toMatchObject({ year: { from: '2021-01-01', to: '2021-12-31' }, totalBelowFullConsiderationPence: 100 });
    const error = refusalOf(() => assetTransfersInYear(those, moved, d('2021-03-31')));
    expect([error.code, error.details]).toEqual(['NOT_A_FINANCIAL_YEAR_END', { field: 'financialYearEnd', financialYearEnd: '2021-03-31', referenceDate: '31 December', nearestBefore: '2020-12-31', nearestAfter: '2021-12-31' }]);
  });

  it('CI-5, s.390(3): a year ended up to 7 days either side of 31 March is taken; 8 days is NOT_A_FINANCIAL_YEAR_END', () => {
    expect(financialYearEnding(march(), d('2025-04-07'))).toEqual({ from: '2024-04-01', to: '2025-04-07' });
    expect(financialYearEnding(march(), d('2025-03-24'))).toEqual({ from: '2024-04-01', to: '2025-03-24' });
    expect(errorCodeOf(() => financialYearEnding(march(), d('2025-04-08')))).toBe('NOT_A_FINANCIAL_YEAR_END');
    expect(errorCodeOf(() => financialYearEnding(march(), d('2025-03-23')))).toBe('NOT_A_FINANCIAL_YEAR_END');
    // The year after one ended on 7 April begins on 8 April.
    expect(financialYearEnding(march(), d('2026-03-31'), [d('2025-04-07')])).toEqual({ from: '2025-04-08', to: '2026-03-31' });
  });

  describe('CI-5, s.390(3): the year ends the company recorded (a dividend declared out of the year ending 3 April 2025) are its years\' ends', () => {
    /** A transfer on 2 April 2025, after 31 March and before the year recorded as ending on 3 April. */
    const boundary = [recorded('a', '2025-03-31', 1, 0), recorded('b', '2025-04-02', 10, 0), recorded('c', '2025-04-03', 100, 0), recorded('d', '2025-04-04', 1000, 0)];
    const recordedEnds = [d('2025-04-03')];

    it('CI-5, s.390(3): a transfer on the boundary day is counted in exactly one of two adjacent years: the year ending on the recorded day, the next beginning the day after it', () => {
      const ending = assetTransfersInYear(boundary, march(), d('2025-04-03'), recordedEnds);
      const next = assetTransfersInYear(boundary, march(), d('2026-03-31'), recordedEnds);
      expect([ending.year, ending.totalBelowFullConsiderationPence]).toEqual([{ from: '2024-04-01', to: '2025-04-03' }, 111]);
      expect([next.year, next.totalBelowFullConsiderationPence]).toEqual([{ from: '2025-04-04', to: '2026-03-31' }, 1000]);
      for (const t of boundary) expect([t.transferId, [...ending.transfers, ...next.transfers].filter((x) => x === t).length]).toEqual([t.transferId, 1]);
    });

    it('CI-5, s.390(3): another day within 7 days of the same period\'s end is FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY naming the recorded day; 8 days away is still NOT_A_FINANCIAL_YEAR_END', () => {
      for (const end of ['2025-03-31', '2025-03-24', '2025-04-07']) {
        const error = refusalOf(() => assetTransfersInYear(boundary, march(), d(end), recordedEnds));
        expect([error.code, error.details]).toEqual(['FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY', { field: 'financialYearEnd', financialYearEnd: end, recordedYearEnd: '2025-04-03', periodEndsOn: '2025-03-31' }]);
        expect(error.message).toContain("the company's financial year for its accounting reference period ending 2025-03-31 ended on 2025-04-03");
      }
      expect(errorCodeOf(() => assetTransfersInYear(boundary, march(), d('2025-04-08'), recordedEnds))).toBe('NOT_A_FINANCIAL_YEAR_END');
      // The periods before and after are not the recorded year's: their ends are taken as ever.
      expect(assetTransfersInYear(boundary, march(), d('2024-03-31'), recordedEnds).year).toEqual({ from: '2023-04-01', to: '2024-03-31' });
      expect(assetTransfersInYear(boundary, march(), d('2026-04-02'), recordedEnds).year).toEqual({ from: '2025-04-04', to: '2026-04-02' });
    });

    it('CI-5, s.390(3): without any recorded year end, any day within 7 days of the period\'s end is taken, each year from the period\'s first day, as before', () => {
      expect(assetTransfersInYear(boundary, march(), d('2025-03-31')).year).toEqual({ from: '2024-04-01', to: '2025-03-31' });
      expect(assetTransfersInYear(boundary, march(), d('2025-04-03')).year).toEqual({ from: '2024-04-01', to: '2025-04-03' });
      expect(assetTransfersInYear(boundary, march(), d('2026-03-31'), []).year).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    });
  });

  it('the register as at a day holds the transfers dated by then, earliest first', () => {
    expect(assetTransfersAsAt(events, d('2024-12-31')).map((e) => e.transferId)).toEqual(['3', '2', '4']);
  });
});


function errorCodeOf(fn: () => unknown): string {
  return refusalOf(fn).code;
}
