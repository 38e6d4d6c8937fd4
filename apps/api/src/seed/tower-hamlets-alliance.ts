import {
  addServiceLine,
  calendarDate,
  changeCommissioner,
  joinNetwork,
  joinPartnership,
  leavePartnership,
  organisation,
  partnership,
  practiceNetworks,
  serviceContract,
  type CalendarDate,
  type Organisation,
  type Partnership,
  type PartnershipRole,
  type PracticeNetworks,
  type ServiceContract,
} from '#domain';
import { TOWER_HAMLETS_COMPANY_ID } from './tower-hamlets';

/** Ids of the organisations in {@link towerHamletsAlliance}; the company's is the seeded company's. */
export const TOWER_HAMLETS_ORGANISATION_IDS = {
  company: TOWER_HAMLETS_COMPANY_ID,
  bartsHealth: 'barts-health',
  elft: 'east-london-nhs-foundation-trust',
  ccg: 'tower-hamlets-ccg',
  icb: 'north-east-london-icb',
  localAuthority: 'london-borough-of-tower-hamlets',
  voluntarySector: 'tower-hamlets-community-and-voluntary-sector',
} as const;

/** The Tower Hamlets partnerships, contracts and practice networks, from FACTS.md. */
export interface TowerHamletsAlliance {
  readonly organisations: readonly Organisation[];
  readonly partnerships: readonly Partnership[];
  readonly serviceContracts: readonly ServiceContract[];
  readonly practiceNetworks: PracticeNetworks;
}

const ids = TOWER_HAMLETS_ORGANISATION_IDS;
const day = calendarDate;
const ALLIANCE_START = day('2017-04-01');
/** Synthetic: FACTS.md does not date Tower Hamlets Together. */
const THT_START = day('2015-04-01');
/** Clinical commissioning groups were abolished on 1 July 2022 (Health and Care Act 2022, s.1(2)); general knowledge. */
const CCGS_ABOLISHED = day('2022-07-01');
/** Synthetic day: FACTS.md says only that the networks have worked together "since 2009". */
const NETWORKS_START = day('2009-04-01');
/** Synthetic: FACTS.md puts CEPN, Open Doors and the extended access hubs in the "first stage", c. 2014–15. */
const FIRST_STAGE = day('2015-04-01');
const NETWORK_SIZES = [5, 5, 5, 5, 5, 4, 4, 4];

/**
 * The company's alliances, contracts and networks as data. What FACTS.md states is used as stated;
 * everything else (the dates of the first-stage contracts and of Tower Hamlets Together, the day in
 * 2009 the networks began, which practice is in which network, and every commissioner) is marked
 * synthetic or general knowledge in a `note`. The CCG's contract passes to the ICB on 1 July 2022. Practice ids are `practice-z00001` … `practice-z00037`,
 * as in the API's seed: practices 01–05 in Network 1, …, 21–25 in Network 5, 26–29 in Network 6, …,
 * 34–37 in Network 8.
 */
export function towerHamletsAlliance(): TowerHamletsAlliance {
  const organisations = [
    org(ids.company, 'Tower Hamlets GP Care Group CIC', 'the-company'),
    org(ids.bartsHealth, 'Barts Health NHS Trust', 'nhs-trust'),
    org(ids.elft, 'East London NHS Foundation Trust (ELFT)', 'nhs-trust'),
    org(ids.ccg, 'NHS Tower Hamlets Clinical Commissioning Group', 'ccg'),
    org(ids.icb, 'NHS North East London Integrated Care Board', 'icb',
      `Took over the CCG's work, and its contracts, on ${CCGS_ABOLISHED} (Health and Care Act 2022; general knowledge, not from the company's published history).`),
    org(ids.localAuthority, 'London Borough of Tower Hamlets', 'local-authority'),
    org(ids.voluntarySector, 'Tower Hamlets community and voluntary sector', 'voluntary-sector',
      'The sector as a whole, as the company\'s published history lists it among the partners of Tower Hamlets Together; not one body.'),
  ];
  return { organisations, partnerships: [alliance(), towerHamletsTogether()], serviceContracts: contracts(), practiceNetworks: networks() };
}

function org(id: string, name: string, kind: Organisation['kind'], note: string | null = null): Organisation {
  return organisation({ id, name, kind, note });
}

function members(p: Partnership, on: CalendarDate, list: readonly [string, PartnershipRole][]): Partnership {
  return list.reduce((acc, [organisationId, role]) => joinPartnership(acc, { organisationId, role, on }), p);
}

function alliance(): Partnership {
  const empty = partnership({
    id: 'community-health-services-alliance',
    name: 'Tower Hamlets community health services alliance',
    note: 'From 2017-04-01 (the company\'s published history): the company is alliance manager for all community services, with Barts Health and ELFT.',
  });
  const p = members(empty, ALLIANCE_START, [[ids.company, 'alliance-manager'], [ids.bartsHealth, 'partner'], [ids.elft, 'partner']]);
  const managedByTheCompany = ['Out of hours service', 'Single point of access', 'Health advocacy', 'Interpreting services', 'Patient experience team'];
  return managedByTheCompany.reduce(
    (acc, name) => addServiceLine(acc, { id: slug(name), name, managedById: ids.company, startOn: ALLIANCE_START, endOn: null }),
    p,
  );
}

function towerHamletsTogether(): Partnership {
  const empty = partnership({
    id: 'tower-hamlets-together',
    name: 'Tower Hamlets Together',
    note:
      `A multispecialty community provider vanguard (the company's published history), which also names its members; the joining date ${THT_START} is synthetic. ` +
      `The CCG left on ${CCGS_ABOLISHED}, the day clinical commissioning groups were abolished (Health and Care Act 2022; general knowledge, not from the company's published history).`,
  });
  const partners = [ids.company, ids.ccg, ids.bartsHealth, ids.elft, ids.localAuthority, ids.voluntarySector];
  return leavePartnership(members(empty, THT_START, partners.map((id) => [id, 'partner'] as const)), ids.ccg, CCGS_ABOLISHED);
}

function contracts(): ServiceContract[] {
  const gk = 'the commissioner is general knowledge, not from the company\'s published history: confirm it';
  const firstStage = `start date synthetic (the company's published history: first stage, c. 2014–15, date not given); commissioner not given`;
  const rows: [string, string, string | null, string | null, CalendarDate, string][] = [
    ['cepn', 'Community education provider network (CEPN)', null, null, FIRST_STAGE, firstStage],
    ['open-doors', 'Open Doors', null, null, FIRST_STAGE, firstStage],
    ['gp-extended-access-hubs', 'GP extended access hubs', null, null, FIRST_STAGE, firstStage],
    ['health-visiting', 'Health visiting', ids.localAuthority, null, day('2016-04-01'),
      `start date from the company's published history (about 140 staff transferred from Barts Health under TUPE); ${gk}`],
    ['community-health-services', 'Community health services (alliance)', ids.ccg, 'community-health-services-alliance', ALLIANCE_START,
      `start date from the company's published history (preferred bidder 2016-04-19); ${gk}; no end date recorded`],
    ['school-health-and-wellbeing', 'School Health & Wellbeing (0–19 service)', ids.localAuthority, null, day('2018-09-01'),
      `start date from the company's published history; ${gk}`],
    ['family-nurse-partnership', 'Family Nurse Partnership (FNP)', ids.localAuthority, null, day('2019-04-01'),
      `start date from the company's published history; ${gk}`],
  ];
  const contracts = rows.map(([id, name, commissionerId, partnershipId, startOn, note]) =>
    serviceContract({ id, name, holderId: ids.company, commissionerId, partnershipId, startOn, endOn: null, note }),
  );
  return contracts.map((c) => (c.commissionerId === ids.ccg ? changeCommissioner(c, CCG_TO_ICB) : c));
}

/** Each CCG's contracts passed to its ICB when the CCGs were abolished (Health and Care Act 2022); general knowledge. */
const CCG_TO_ICB = {
  on: CCGS_ABOLISHED,
  commissionerId: ids.icb,
  reason: 'Health and Care Act 2022: the CCG was abolished and its contracts passed to the integrated care board (general knowledge, not from the company\'s published history)',
};

function networks(): PracticeNetworks {
  let state = practiceNetworks(NETWORK_SIZES.map((_, i) => ({ id: `network-${i + 1}`, name: `Network ${i + 1}` })));
  let practice = 0;
  NETWORK_SIZES.forEach((size, i) => {
    for (let k = 0; k < size; k++) {
      practice += 1;
      const practiceId = `practice-z000${String(practice).padStart(2, '0')}`;
      state = joinNetwork(state, { practiceId, networkId: `network-${i + 1}`, on: NETWORKS_START });
    }
  });
  return state;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
