import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { errorCode } from '../../test/error-code';
import { changeCommissioner, checkCommissionerChangeAhead, checkCommissionerExists, checkCommissionerNotHolder, checkServicePeriodAhead, commissionerOn, earlierCommissioners, contractsActiveOn, isContractActiveOn, serviceContract, type ServiceContractInput } from './service-contract';

const d = calendarDate;
const contract = (more: Partial<ServiceContractInput> = {}): ServiceContractInput => ({
  id: 'hv', name: 'Health visiting', holderId: 'company', commissionerId: 'lbth', partnershipId: null,
  startOn: d('2016-04-01'), endOn: d('2021-03-31'), note: null, ...more,
});

describe('Service contracts', () => {
  it('a contract runs from its first day to its last day, inclusive', () => {
    const c = serviceContract(contract());
    expect(['2016-03-31', '2016-04-01', '2021-03-31', '2021-04-01'].map((on) => isContractActiveOn(c, d(on)))).toEqual([false, true, true, false]);
  });

  it('contracts active on a date, earliest first; an open-ended contract keeps running', () => {
    const all = [contract({ id: 'fnp', startOn: d('2019-04-01'), endOn: null }), contract()].map(serviceContract);
    expect(contractsActiveOn(all, d('2020-01-01')).map((c) => c.id)).toEqual(['hv', 'fnp']);
    expect(contractsActiveOn(all, d('2030-01-01')).map((c) => c.id)).toEqual(['fnp']);
  });

  it('CONTRACT_ENDS_BEFORE_START, and a one-day contract is allowed', () => {
    expect(() => serviceContract(contract({ endOn: d('2016-03-31') }))).toThrow(DomainError);
    expect(serviceContract(contract({ endOn: d('2016-04-01') })).endOn).toBe('2016-04-01');
  });

  it('recorded on 2026-12-01, a contract may start by 2028-12-01 and end by 2041-12-01; a day later is DATED_TOO_FAR_AHEAD naming the field and the latest day', () => {
    const recordedOn = d('2026-12-01');
    const refusal = (startOn: string, endOn: string | null) => {
      try {
        checkServicePeriodAhead('the contract', { startOn: d(startOn), endOn: endOn === null ? null : d(endOn) }, recordedOn);
        return null;
      } catch (error) {
        return error instanceof DomainError ? [error.code, error.details] : error;
      }
    };
    expect(refusal('2027-04-01', null)).toBeNull();
    expect(refusal('2028-12-01', '2041-12-01')).toBeNull();
    expect(refusal('2016-04-01', '2021-03-31')).toBeNull();
    expect(refusal('2028-12-02', null)).toEqual(['DATED_TOO_FAR_AHEAD', { field: 'startOn', latest: '2028-12-01' }]);
    expect(refusal('2027-04-01', '2041-12-02')).toEqual(['DATED_TOO_FAR_AHEAD', { field: 'endOn', latest: '2041-12-01' }]);
  });

  describe('a change of commissioner (a CCG\'s contracts passing to its ICB, Health and Care Act 2022)', () => {
    const let2017 = serviceContract(contract({ id: 'chs', name: 'Community health services', commissionerId: 'ccg', startOn: d('2017-04-01'), endOn: null }));
    const toIcb = { on: d('2022-07-01'), commissionerId: 'icb', reason: ' Health and Care Act 2022 ' };

    it('the new commissioner commissions from its day on; who let the contract is kept', () => {
      const changed = changeCommissioner(let2017, toIcb);
      expect(['2017-04-01', '2022-06-30', '2022-07-01', '2030-01-01'].map((on) => commissionerOn(changed, d(on)))).toEqual(['ccg', 'ccg', 'icb', 'icb']);
      expect(changed.commissionerId).toBe('ccg');
      expect(changed.commissionerChanges).toEqual([{ on: '2022-07-01', commissionerId: 'icb', reason: 'Health and Care Act 2022' }]);
      expect(let2017.commissionerChanges).toEqual([]);
      expect(earlierCommissioners(changed, d('2022-06-30'))).toEqual([]);
      expect(earlierCommissioners(changed, d('2022-07-01'))).toEqual([{ commissionerId: 'ccg', from: null, until: '2022-06-30' }]);
      // After a second change, the first body it passed to is given with its first day and its last.
      const again = changeCommissioner(changed, { on: d('2025-04-01'), commissionerId: 'lbth', reason: null });
      expect(earlierCommissioners(again, d('2025-04-01'))).toEqual([
        { commissionerId: 'ccg', from: null, until: '2022-06-30' },
        { commissionerId: 'icb', from: '2022-07-01', until: '2025-03-31' },
      ]);
    });

    it('COMMISSIONER_CHANGE_OUTSIDE_CONTRACT on or before the first day, or after the last; the last day itself is allowed', () => {
      expect(errorCode(() => changeCommissioner(let2017, { ...toIcb, on: d('2017-04-01') }))).toBe('COMMISSIONER_CHANGE_OUTSIDE_CONTRACT');
      const ending = serviceContract(contract({ commissionerId: 'ccg' }));
      expect(errorCode(() => changeCommissioner(ending, { ...toIcb, on: d('2021-04-01') }))).toBe('COMMISSIONER_CHANGE_OUTSIDE_CONTRACT');
      expect(commissionerOn(changeCommissioner(ending, { ...toIcb, on: d('2021-03-31') }), d('2021-03-31'))).toBe('icb');
    });

    it('COMMISSIONER_CHANGE_OUT_OF_ORDER on or before the latest change; COMMISSIONER_UNCHANGED to the body already commissioning it', () => {
      const changed = changeCommissioner(let2017, toIcb);
      expect(errorCode(() => changeCommissioner(changed, { on: d('2022-07-01'), commissionerId: 'lbth', reason: null }))).toBe('COMMISSIONER_CHANGE_OUT_OF_ORDER');
      expect(errorCode(() => changeCommissioner(let2017, { ...toIcb, commissionerId: 'ccg' }))).toBe('COMMISSIONER_UNCHANGED');
      expect(errorCode(() => changeCommissioner(changed, { on: d('2024-04-01'), commissionerId: 'icb', reason: null }))).toBe('COMMISSIONER_UNCHANGED');
      expect(commissionerOn(changeCommissioner(changed, { on: d('2024-04-01'), commissionerId: 'lbth', reason: null }), d('2024-04-01'))).toBe('lbth');
    });

    it('the refusals name the body chosen when its name is given, in the message and the details', () => {
      const refusal = (fn: () => unknown) => {
        try {
          fn();
          return null;
        } catch (error) {
          return error instanceof DomainError ? [error.message, error.details] : error;
        }
      };
      expect(refusal(() => changeCommissioner(let2017, { ...toIcb, commissionerId: 'ccg' }, 'NHS Tower Hamlets CCG'))).toEqual([
        'Community health services is already commissioned by NHS Tower Hamlets CCG on 2022-07-01',
        { contractId: 'chs', commissionerId: 'ccg', on: '2022-07-01', commissionerName: 'NHS Tower Hamlets CCG' },
      ]);
      expect(refusal(() => checkCommissionerNotHolder(let2017, 'company', 'The company'))).toEqual([
        'Community health services is held by The company, which cannot also commission it',
        { contractId: 'chs', commissionerId: 'company', commissionerName: 'The company' },
      ]);
    });

    it('recorded on 2026-12-01, a change may take effect by 2028-12-01; a day later is DATED_TOO_FAR_AHEAD naming the field `on`', () => {
      expect(() => checkCommissionerChangeAhead(d('2028-12-01'), d('2026-12-01'))).not.toThrow();
      try {
        checkCommissionerChangeAhead(d('2028-12-02'), d('2026-12-01'));
        throw new Error('not refused');
      } catch (error) {
        expect(error instanceof DomainError ? [error.code, error.details] : error).toEqual(['DATED_TOO_FAR_AHEAD', { field: 'on', latest: '2028-12-01' }]);
      }
    });

    it('COMMISSIONER_ABOLISHED: a CCG can take a contract up to 30 June 2022, none from 1 July 2022 (Health and Care Act 2022); other bodies any day', () => {
      const ccg = { id: 'ccg', name: 'NHS Tower Hamlets CCG', kind: 'ccg' as const };
      expect(() => checkCommissionerExists(ccg, d('2022-06-30'))).not.toThrow();
      expect(errorCode(() => checkCommissionerExists(ccg, d('2022-07-01')))).toBe('COMMISSIONER_ABOLISHED');
      expect(() => checkCommissionerExists({ id: 'icb', name: 'NHS North East London ICB', kind: 'icb' as const }, d('2030-01-01'))).not.toThrow();
    });

    it('COMMISSIONER_IS_HOLDER: the body holding a contract cannot commission it', () => {
      expect(errorCode(() => checkCommissionerNotHolder(let2017, 'company'))).toBe('COMMISSIONER_IS_HOLDER');
      expect(() => checkCommissionerNotHolder(let2017, 'icb')).not.toThrow();
    });

    it('a contract let by no known commissioner may be given one', () => {
      const unknown = serviceContract(contract({ commissionerId: null, endOn: null }));
      expect(commissionerOn(changeCommissioner(unknown, { on: d('2018-01-01'), commissionerId: 'lbth', reason: null }), d('2018-01-01'))).toBe('lbth');
      expect(commissionerOn(unknown, d('2018-01-01'))).toBeNull();
    });
  });
});
