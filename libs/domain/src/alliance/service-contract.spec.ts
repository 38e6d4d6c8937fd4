import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { checkServicePeriodAhead, contractsActiveOn, isContractActiveOn, serviceContract, type ServiceContract } from './service-contract';

const d = calendarDate;
const contract = (more: Partial<ServiceContract> = {}): ServiceContract => ({
  id: 'hv', name: 'Health visiting', holderId: 'company', commissionerId: 'lbth', partnershipId: null,
  startOn: d('2016-04-01'), endOn: d('2021-03-31'), note: null, ...more,
});

describe('Service contracts', () => {
  it('a contract runs from its first day to its last day, inclusive', () => {
    const c = serviceContract(contract());
    expect(['2016-03-31', '2016-04-01', '2021-03-31', '2021-04-01'].map((on) => isContractActiveOn(c, d(on)))).toEqual([false, true, true, false]);
  });

  it('contracts active on a date, earliest first; an open-ended contract keeps running', () => {
    const all = [contract({ id: 'fnp', startOn: d('2019-04-01'), endOn: null }), contract()];
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
});
