/**
 * What each kind of ledger entry records, in words: the ledger and home pages show these, never the
 * entry's `kind` (`share.transfer`, `practice.closed`). A spec checks that every kind every ledger
 * family reads has its words here.
 */
export const ENTRY_WORDS: Readonly<Record<string, string>> = {
  'share.allotment': 'Share allotted',
  'share.transfer': 'Share transferred',
  'share.cancellation': 'Share cancelled',
  'share.particulars-change': "Member's name, address or joint holders changed",
  'share-transfer.lodged': 'Instrument of transfer lodged',
  'share-transfer.registered': 'Lodged transfer registered',
  'share-transfer.refused': 'Lodged transfer refused',
  'share-certificate.issued': 'Share certificate issued',
  'share-correction.recorded': 'Share entry corrected',
  'central-register.election-made': "Election to keep members' information at Companies House",
  'central-register.election-withdrawn': "Election to keep members' information at Companies House withdrawn",
  'practice.admitted': 'Practice admitted to the list',
  'practice.particulars-changed': "Practice's name or address changed",
  'practice.closed': 'Practice ceased',
  'director.appointed': 'Director appointed',
  'director.resigned': 'Director left office',
  'dividend.declared': 'Dividend declared',
  'officer.secretary-appointed': 'Secretary appointed',
  'officer.secretary-resigned': 'Secretary left office',
  'officer.particulars-changed': "Officer's particulars changed",
  'officer.identity-verified': "Officer's identity verified",
  'particulars.changed': "Company's particulars changed",
  'psc.statement-recorded': 'PSC statement recorded',
  'resolution.proposed': 'Resolution proposed',
  'resolution.agreement': 'Agreement to a written resolution',
  'resolution.vote': 'Vote on a resolution',
  'resolution.short-notice-agreement': 'Agreement to short notice',
  'resolution.regulator-decision': "CIC Regulator's decision on a change of objects",
  'meeting.called': 'Meeting called',
  'meeting.attendance': 'Attendance at a meeting recorded',
  'meeting.adjourned': 'Meeting adjourned',
  'meeting.interest-declared': 'Director’s interest declared at a meeting',
  'filing.recorded': 'Filing recorded',
  'inspection.request-received': 'Request to inspect or copy the register received',
  'inspection.request-received.v2': 'Request to inspect or copy the register received',
  'inspection.appointment-named': 'Day and hours named for an inspection',
  'inspection.request-answered': 'Request to inspect or copy the register answered',
  'organisation.recorded': 'Organisation recorded',
  'partnership.recorded': 'Partnership recorded',
  'partnership.member-joined': 'Partner joined a partnership',
  'partnership.member-left': 'Partner left a partnership',
  'partnership.service-line-added': 'Service line added to a partnership',
  'service-contract.recorded': 'Service contract recorded',
  'service-contract.commissioner-changed': 'Commissioner of a service contract changed',
  'network.recorded': 'Practice network recorded',
  'network.practice-joined': 'Practice joined a network',
  'network.practice-moved': 'Practice moved to another network',
  'network.practice-left': 'Practice left a network',
  'asset-transfer.recorded': 'Transfer of the company’s assets recorded',
  'asset-locked-bodies.named': 'Bodies named in the articles for the asset lock changed',
  'tupe.transfer-recorded': 'TUPE transfer recorded',
  'tupe.staff-list-imported': 'TUPE staff list imported',
  'tupe.eli-received': 'Employee liability information received',
  'tupe.consultation-recorded': 'TUPE information or consultation recorded',
  'tupe.measures-recorded': 'TUPE measures recorded',
  'tupe.pension-recorded': 'TUPE pension arrangement recorded',
};

/** A ledger entry's kind in words; a kind not yet listed reads as its name with the punctuation taken out ("audit.note" → "Audit note"). */
export function entryWords(kind: string | null | undefined): string {
  if (!kind) return '';
  const words = ENTRY_WORDS[kind];
  if (words) return words;
  const plain = kind.replace(/\.v\d+$/, '').replace(/[.-]+/g, ' ');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}
