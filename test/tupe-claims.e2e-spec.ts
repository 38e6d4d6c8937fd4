import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A synthetic staff-list row (JSON import); `over` replaces columns. */
const row = (prefix: string, n: number, over: Record<string, unknown> = {}) => ({
  staff_number: `${prefix}-${n}`, name: `Synthetic Claims Test ${prefix} ${n}`, role: 'Community staff nurse (synthetic)', band: 'Band 5', fte: 1,
  continuous_service_date: '2015-01-05', date_of_birth: `1985-03-${String(n).padStart(2, '0')}`, annual_pay_pence: '3100000', pension_scheme: 'nhs',
  assigned_percent: 100, s1_particulars: 'on file', discipline_grievance_2y: 'none', claims_2y: 'none', collective_agreements: 'AfC', ...over,
});

/** A transfer from Barts Health to the company that is compliant but for what each test takes away. */
const transfer = (transferId: string, transferDate: string) => ({
  transferId, transferorId: 'barts-health', transfereeId: COMPANY, type: 'service-provision-change', transferDate,
  representation: { basis: 'recognised-union', unionRecognised: true },
  measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
  pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION-TEST' },
});

interface Claim {
  rule: string; regulation: string; claimant: string; against: string[]; jointlyAndSeverally: boolean; employeesConcerned: number; lastDayToClaim: string;
  open: boolean; eliFailures: string[]; minimumPence: number | null; maximumPence: number | null; maximumWithheld: boolean; employeesWithoutPay: number | null;
}

/**
 * TU-5 (reg 12) and TU-8 (regs 15–16): the claims a transfer's breaches open, read with the transfer,
 * with their three-month clocks and their money, on a real database. Pay stays the secretary's: the
 * others see a total, never one employee's pay.
 */
describe.each(databaseKinds())('TUPE claims over HTTP (%s)', (kind) => {
  let t: TestApp;
  const claims = async (transferId: string, asAt: string, role: 'secretary' | 'board' | 'auditor' = 'secretary') => {
    const res = await t.http.get(`${C}/tupe-transfers/${transferId}?asAt=${asAt}`).set(t.auth(role)).expect(200);
    return { claims: res.body.claims as Claim[], text: res.text };
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
    const secretary = t.auth('secretary');
    const post = (path: string, body: object) => t.http.post(`${C}/tupe-transfers${path}`).set(secretary).send(body).expect(201);

    // ELI due by 2018-08-04 (28 days before), received 2018-08-20; five listed, one objected before the transfer.
    await post('', transfer('tupe-claims-eli', '2018-09-01'));
    await post('/tupe-claims-eli/consultations', { on: '2018-07-01', by: 'transferor', kind: 'information', audience: 'representatives', summary: 'Synthetic: letter to the union' });
    await post('/tupe-claims-eli/eli-receipts', { receivedOn: '2018-08-20' });
    await post('/tupe-claims-eli/employees', { rows: [1, 2, 3, 4, 5].map((n) => row('ELI', n, n === 5 ? { objection_date: '2018-08-25' } : {})) });

    // ELI on time; the transferor informed nobody. Three months beginning 30 November 2024 end on 28 February 2025.
    await post('', transfer('tupe-claims-consultation', '2024-11-30'));
    await post('/tupe-claims-consultation/eli-receipts', { receivedOn: '2024-10-01' });
    await post('/tupe-claims-consultation/employees', {
      rows: [row('TC', 1, { annual_pay_pence: '3100000' }), row('TC', 2, { annual_pay_pence: '2345678' }), row('TC', 3, { annual_pay_pence: null })],
    });

    // The same failure with one employee whose pay is recorded: the total is that employee's pay.
    await post('', transfer('tupe-claims-one-pay', '2024-11-30'));
    await post('/tupe-claims-one-pay/eli-receipts', { receivedOn: '2024-10-01' });
    await post('/tupe-claims-one-pay/employees', { rows: [row('OP', 1, { annual_pay_pence: '2900000' }), row('OP', 2, { annual_pay_pence: null })] });
  }, 180_000);
  afterAll(() => t.close());

  it('TU-5: ELI received late gives the company a claim against Barts Health: at least £500 for each of the 4 who transfer, by 30 November 2018', async () => {
    const { claims: got } = await claims('tupe-claims-eli', '2018-10-01');
    expect(got).toEqual([expect.objectContaining({
      rule: 'TU-5', regulation: 'reg 12', claimant: 'transferee', against: ['transferor'], eliFailures: ['late'],
      employeesConcerned: 4, minimumPence: 200_000, maximumPence: null, lastDayToClaim: '2018-11-30', open: true,
    })]);
  });

  it('TU-5: on the last day the claim is open; the day after it reads closed; before the transfer there is none yet', async () => {
    expect((await claims('tupe-claims-eli', '2018-11-30')).claims.map((c) => [c.rule, c.open])).toEqual([['TU-5', true]]);
    expect((await claims('tupe-claims-eli', '2018-12-01')).claims.map((c) => [c.rule, c.open, c.lastDayToClaim])).toEqual([['TU-5', false, '2018-11-30']]);
    expect((await claims('tupe-claims-eli', '2018-08-31')).claims).toEqual([]);
  });

  it('TU-8: the transferor informed nobody: up to 13 weeks\' pay each, £13,614.20 for the two with pay recorded, against both parties jointly and severally, by 28 February 2025', async () => {
    const { claims: got } = await claims('tupe-claims-consultation', '2025-02-28');
    expect(got).toEqual([expect.objectContaining({
      rule: 'TU-8', regulation: 'regs 15–16', claimant: 'employees or their representatives', against: ['transferor', 'transferee'], jointlyAndSeverally: true,
      employeesConcerned: 3, employeesWithoutPay: 1, maximumPence: 775_000 + 586_420, maximumWithheld: false, minimumPence: null, lastDayToClaim: '2025-02-28', open: true,
    })]);
    expect((await claims('tupe-claims-consultation', '2025-03-01')).claims[0]).toMatchObject({ rule: 'TU-8', open: false });
  });

  it('TU-8: board and auditor see the same total but no employee\'s pay; where the total is one employee\'s pay it is withheld from them', async () => {
    for (const role of ['board', 'auditor'] as const) {
      const { claims: got, text } = await claims('tupe-claims-consultation', '2025-01-15', role);
      expect(got[0]).toMatchObject({ rule: 'TU-8', maximumPence: 1_361_420, employeesConcerned: 3 });
      for (const personal of ['annualPayPence', '3100000', '2345678', '775000', '586420', 'Synthetic Claims Test']) expect(text).not.toContain(personal);

      const one = await claims('tupe-claims-one-pay', '2025-01-15', role);
      expect(one.claims[0]).toMatchObject({ rule: 'TU-8', maximumPence: null, maximumWithheld: true, employeesConcerned: 2, employeesWithoutPay: 1 });
      expect(one.text).not.toContain('725000');
    }
    expect((await claims('tupe-claims-one-pay', '2025-01-15', 'secretary')).claims[0]).toMatchObject({ maximumPence: 725_000, maximumWithheld: false });
  });

  it('the seeded 2016 transfer, compliant, opens no claim', async () => {
    expect((await claims('tupe-2016-health-visiting', '2016-05-01', 'board')).claims).toEqual([]);
  });
});
