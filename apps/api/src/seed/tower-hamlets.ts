import { calendarDate, REGISTERED_EMAIL_REQUIRED_FROM, type CalendarDate, type Company, type Practice } from '#domain';

/**
 * Tower Hamlets GP Care Group CIC, from the public facts (../shared/domain/FACTS.md): a CIC limited by
 * shares, incorporated September 2014, 37 practices with one share each, in 8 networks (5 of 5
 * practices, 3 of 4). The day of incorporation, the nominal value, the company number and every
 * practice name, code and address are NOT in the sources: they are synthetic and say so.
 */
export const TOWER_HAMLETS_COMPANY_ID = 'tower-hamlets-gp-care-group';

export const towerHamlets: Company = {
  id: TOWER_HAMLETS_COMPANY_ID,
  name: 'Tower Hamlets GP Care Group CIC',
  companyNumber: null,
  incorporatedOn: calendarDate('2014-09-01'),
  registeredOffice: 'Synthetic registered office, 1 Demo Yard, London E1 0XX',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};

const NETWORK_SIZES = [5, 5, 5, 5, 5, 4, 4, 4];

/** 37 synthetic practices: "Demo Practice 01" … "Demo Practice 37", codes Z00001 … Z00037. */
export const towerHamletsPractices: Practice[] = NETWORK_SIZES.flatMap((size, network) =>
  Array.from({ length: size }, (_, i) => {
    const n = NETWORK_SIZES.slice(0, network).reduce((a, b) => a + b, 0) + i + 1;
    const nn = String(n).padStart(2, '0');
    return {
      id: `practice-z000${nn}`,
      odsCode: `Z000${nn}`,
      name: `Demo Practice ${nn} (synthetic)`,
      address: `${n} Synthetic Street, London E1 ${String(n % 10)}ZZ`,
      networkName: `Network ${network + 1}`,
    };
  }),
);

/** Three synthetic directors, appointed on incorporation (the real board is not in the sources). */
export const towerHamletsFirstDirectors = [1, 2, 3].map((n) => ({
  name: `Demo Director ${n} (synthetic)`,
  serviceAddress: towerHamlets.registeredOffice,
  appointedOn: towerHamlets.incorporatedOn,
}));

/**
 * EC-3: the day the synthetic first directors' identities were verified (synthetic: before the first
 * confirmation statement after 18 November 2025 fell due). Recorded with the synthetic filing history.
 */
export const towerHamletsDirectorsVerifiedOn = calendarDate('2026-06-01');

/**
 * Part of the synthetic filing history: the registered email address every confirmation statement made
 * up to a date from 5 March 2024 gives (the first in the history is made up to 1 September 2024), recorded
 * from that day. A placeholder on a reserved domain: the company's real registered email address is not
 * public.
 */
export const towerHamletsRegisteredEmail = { effectiveOn: REGISTERED_EMAIL_REQUIRED_FROM, registeredEmailAddress: 'company.secretary@example.org' };
