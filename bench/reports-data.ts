/**
 * Synthetic, deterministic view models for the report samples and the report benchmark. Names and
 * addresses are invented; a small linear congruential generator keeps every run identical.
 */
import type {
  AllianceReportView,
  CompanyView,
  RegisterEntryView,
  RegisterOfMembersView,
  ResolutionCopyView,
  ShareCertificateView,
} from '#reports';

export const SAMPLE_COMPANY: CompanyView = {
  name: 'Tower Hamlets GP Care Group CIC',
  number: '09876543',
  registeredOffice: 'Unit 4, 1 Example Yard, Whitechapel, London E1 1AA',
};

export const SAMPLE_HEAD = {
  sequence: 4821,
  hash: '9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8',
} as const;

const STREETS = ['Bethnal Green', 'Whitechapel', 'Mile End', 'Bow', 'Poplar', 'Stepney', 'Limehouse', 'Wapping', 'Shadwell', 'Spitalfields', 'Bromley-by-Bow', 'Isle of Dogs', 'Globe Town', 'Cubitt Town'];
const KINDS = ['Health Centre', 'Medical Centre', 'Practice', 'Surgery', 'Group Practice', 'Family Practice'];
const ROADS = ['Road', 'Street', 'Lane', 'Place', 'Square', 'Terrace'];
/** Partners' names in the scripts the borough's practices and staff write them in. */
const PEOPLE = ['Łukasz Wójcik', 'Nguyễn Thị Minh', 'সৈয়দ আহমেদ', 'محمد علی', '王小明', 'Γιώργος Παπαδόπουλος', 'Олена Коваленко', 'પટેલ ભાવના', 'Dr Amina Rahman'];

/** A deterministic pseudo-random sequence (Numerical Recipes LCG). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x1_0000_0000;
  };
}

function date(from: number, dayOffset: number): string {
  return new Date(Date.UTC(from, 3, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `count` register entries in name order: about one in eight a former member; every
 * `longEvery`-th name and address far longer than a column, to exercise wrapping; every fourth
 * practice named after a partner, in Latin, Vietnamese, Bengali, Arabic, Chinese, Greek, Cyrillic or
 * Gujarati script.
 */
export function* sampleEntries(count: number, longEvery = 0): Generator<RegisterEntryView> {
  const next = generator(20160401);
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const street = STREETS[Math.floor(next() * STREETS.length)];
    const kind = KINDS[Math.floor(next() * KINDS.length)];
    const long = longEvery > 0 && i % longEvery === longEvery - 1;
    const name = long
      ? `Practice ${String(i + 1).padStart(width, '0')}: Drs Abernethy-Okonkwo, Bhattacharya, Castellanos-Whitfield and Partners trading as the ${street} ${kind}`
      : i % 4 === 1
        ? `Practice ${String(i + 1).padStart(width, '0')}: ${PEOPLE[(i >> 2) % PEOPLE.length]} ${kind}`
        : `Practice ${String(i + 1).padStart(width, '0')}: ${street} ${kind}`;
    const address = long
      ? `Ground and First Floors, The Old Dispensary Building, ${1 + (i % 180)} ${street} ${ROADS[i % ROADS.length]}, Tower Hamlets, London E${1 + (i % 3)} ${1 + (i % 9)}QX, United Kingdom`
      : `${1 + (i % 180)} ${street} ${ROADS[i % ROADS.length]}, London E${1 + (i % 3)} ${1 + (i % 9)}QX`;
    const former = next() < 0.125;
    const registeredOn = date(2016, Math.floor(next() * 1500));
    yield {
      name,
      address,
      registeredOn,
      ceasedOn: former ? date(2021, Math.floor(next() * 900)) : null,
      shares: former ? [] : [{ shareNumber: i + 1, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 }],
    };
  }
}

/** A register view over {@link sampleEntries}; the source is re-iterable, as the API's will be. */
export function sampleRegister(count: number, longEvery = 0): RegisterOfMembersView {
  return {
    company: SAMPLE_COMPANY,
    asAt: '2026-03-31',
    documentDate: '2026-03-31T17:00:00Z',
    ledgerHead: SAMPLE_HEAD,
    lastAlteration: { on: '2026-03-12', pending: false },
    entries: () => sampleEntries(count, longEvery),
  };
}

export function sampleCertificate(): ShareCertificateView {
  return {
    company: SAMPLE_COMPANY,
    asAt: '2016-06-01',
    documentDate: '2016-06-01T09:00:00Z',
    ledgerHead: { sequence: 38, hash: '4b1e0c9d8a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c' },
    certificateNumber: 'SC-0017',
    holderName: 'Dr Amina Rahman and Dr Thomas Okafor (partners of the Jubilee Street Practice)',
    holderAddress: 'Jubilee Street Practice, 368 Commercial Road, London E1 0LS',
    share: { shareNumber: 17, shareClass: 'Ordinary', nominalPence: 100, paidUpPence: 100 },
    issuedOn: '2016-06-01',
    signatories: { director: 'Dr Farah Siddiqui', secretaryOrWitness: 'Jonathan Blake, Company Secretary' },
  };
}

const MEMBERS_37 = [...sampleEntries(37)].filter((e) => e.ceasedOn === null).map((e) => e.name);

export function sampleAlliance(): AllianceReportView {
  return {
    company: SAMPLE_COMPANY,
    asAt: '2026-03-31',
    documentDate: '2026-03-31T17:00:00Z',
    ledgerHead: SAMPLE_HEAD,
    partners: [
      { name: 'Tower Hamlets GP Care Group CIC', role: 'Lead provider; holds the contracts and employs transferred staff', joinedOn: '2016-04-01', leftOn: null },
      { name: 'East London NHS Foundation Trust', role: 'Community health services partner', joinedOn: '2016-04-01', leftOn: null },
      { name: 'Barts Health NHS Trust', role: 'Acute care partner', joinedOn: '2016-04-01', leftOn: null },
      { name: 'London Borough of Tower Hamlets', role: 'Adult social care and public health partner', joinedOn: '2017-10-01', leftOn: null },
      { name: 'Tower Hamlets Council for Voluntary Service', role: 'Voluntary and community sector partner', joinedOn: '2016-04-01', leftOn: '2022-03-31' },
    ],
    serviceLines: [
      { name: 'Extended access hubs', managedBy: 'Tower Hamlets GP Care Group CIC', from: '2016-04-01', until: null },
      { name: 'Community diabetes service', managedBy: 'East London NHS Foundation Trust', from: '2016-04-01', until: null },
      { name: 'Care navigation and social prescribing', managedBy: 'Tower Hamlets GP Care Group CIC', from: '2018-04-01', until: null },
      { name: 'Anticoagulation clinics', managedBy: 'Barts Health NHS Trust', from: '2016-04-01', until: '2020-03-31' },
    ],
    contracts: [
      { reference: 'APMS-2016-01', title: 'Extended access to general practice', commissioner: 'NHS North East London', since: null, earlierCommissioners: [], startsOn: '2016-04-01', endsOn: '2026-03-31', annualValuePence: 412_500_000 },
      { reference: 'NHS-SC-2018-07', title: 'Care navigation and social prescribing', commissioner: 'NHS North East London', since: null, earlierCommissioners: [], startsOn: '2018-04-01', endsOn: null, annualValuePence: 86_000_000 },
      { reference: 'LBTH-PH-2019-03', title: 'NHS Health Checks (public health)', commissioner: 'London Borough of Tower Hamlets', since: null, earlierCommissioners: [], startsOn: '2019-04-01', endsOn: '2027-03-31', annualValuePence: null },
    ],
    transfers: [
      {
        reference: 'TUPE-2016-01',
        kind: 'Service provision change (re-tender)',
        transferor: 'Previous out-of-hours provider',
        transferee: 'Tower Hamlets GP Care Group CIC',
        transferOn: '2016-04-01',
        inScopeHeadcount: 42,
        transferredHeadcount: 39,
        objectorCount: 3,
        fteByBand: [
          { band: 'Band 3', headcount: 11, fte: 9.4 },
          { band: 'Band 5', headcount: 14, fte: 12.6 },
          { band: 'Band 6', headcount: 9, fte: 8.2 },
          { band: 'Band 8a', headcount: 5, fte: 4.8 },
        ],
      },
      {
        reference: 'TUPE-2018-02',
        kind: 'Service provision change (insource)',
        transferor: 'Tower Hamlets Council for Voluntary Service',
        transferee: 'Tower Hamlets GP Care Group CIC',
        transferOn: '2018-04-01',
        inScopeHeadcount: 8,
        transferredHeadcount: 8,
        objectorCount: 0,
        fteByBand: [
          { band: 'Band 4', headcount: 6, fte: 5.2 },
          { band: 'Band 6', headcount: 2, fte: 2 },
        ],
      },
    ],
    findings: [
      { transferReference: 'TUPE-2016-01', check: 'TU-4 Employee liability information on time', status: 'met', detail: 'Received 35 days before the transfer (28 required).' },
      { transferReference: 'TUPE-2016-01', check: 'TU-3 Objectors removed from ELI', status: 'met', detail: 'Three objections logged; ELI updated the same week.' },
      { transferReference: 'TUPE-2016-01', check: 'TU-9 NHS pension continuity', status: 'open', detail: 'NHSBSA Direction reference not yet recorded for two staff groups.' },
      { transferReference: 'TUPE-2018-02', check: 'TU-6 Information and consultation', status: 'not met', detail: 'No reply logged to one written representation from the elected representatives.' },
    ],
  };
}

export function sampleResolution(): ResolutionCopyView {
  return {
    company: SAMPLE_COMPANY,
    asAt: '2025-07-18',
    documentDate: '2025-07-18T12:00:00Z',
    ledgerHead: SAMPLE_HEAD,
    reference: 'SR-2025-03',
    title: 'Adoption of new articles of association',
    decidedBy: 'members',
    kind: 'special',
    text: [
      'THAT the draft articles of association circulated with this resolution and initialled for identification be adopted as the articles of association of the company in substitution for, and to the exclusion of, the existing articles of association.',
      'THAT, subject to the approval of the Regulator of Community Interest Companies where the change requires it, the directors be authorised to file the new articles with the Registrar of Companies within 15 days of this resolution being passed.',
    ].join('\n\n'),
    procedure: {
      kind: 'written',
      circulatedOn: '2025-06-30',
      lapsesOn: '2025-07-28',
      eligibleVotes: 37,
      agreements: MEMBERS_37.slice(0, 29).map((name, i) => ({
        name,
        agreedOn: `2025-07-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`,
        votes: 1,
      })),
    },
    passedOn: '2025-07-15',
    filingDueOn: '2025-07-30',
    outcome: { status: 'passed', required: 28, summary: 'The 28th agreement was received on 15 July 2025.' },
    authorises: [],
    unverifiedDirectors: [],
  };
}
