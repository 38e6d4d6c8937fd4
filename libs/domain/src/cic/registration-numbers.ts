/*
 * The numbers a UK register gives a company or a charity, as the register of asset transfers takes a
 * recipient's (CI-2, CI-6: an asset-locked body is a CIC or a charity; a recipient may be any company).
 * Only the shape is checked, not that the number is on a register. The shapes each register uses:
 * - Companies House (CA 2006 s.1066, the registered number, in the form the registrar sets): 8
 *   characters, either 8 digits (England and Wales, with its leading zeros: 01234567) or 2 letters and
 *   6 digits (SC Scotland, NI Northern Ireland, OC/SO/NC limited liability partnerships, and the
 *   registrar's other prefixes);
 * - the Charity Commission for England and Wales (Charities Act 2011 s.29, the register of charities):
 *   6 or 7 digits; a charity it links to another (s.12) shares that number, with "-" and its own 1 or
 *   2 digits after it (1234567-1);
 * - the Scottish Charity Regulator, OSCR (Charities and Trustee Investment (Scotland) Act 2005 s.3, the
 *   Scottish Charity Register): SC and 6 digits (SC012345), the shape of a Scottish company's number;
 * - the Charity Commission for Northern Ireland (Charities Act (Northern Ireland) 2008 s.16, its register
 *   of charities): NIC and 6 digits (NIC100002), or the 6 digits alone, which start 100.
 * Sources: the sections named (legislation.gov.uk); the shapes from Companies House's and the
 * regulators' registers and guidance (the Charity Commission's "How to link charities") [S].
 */

/** Companies House: 8 digits, or 2 letters and 6 digits (s.1066). */
const COMPANY_NUMBER = /^(?:\d{8}|[A-Z]{2}\d{6})$/;
/** Charity Commission for England and Wales: 6 or 7 digits, a linked charity's "-" and 1 or 2 digits after. */
const CHARITY_NUMBER_ENGLAND_AND_WALES = /^\d{6,7}(?:-\d{1,2})?$/;
/** Charity Commission for Northern Ireland: NIC and 6 digits, or 6 digits starting 100. OSCR's SC and 6 digits is a company number's shape. */
const CHARITY_NUMBER_NORTHERN_IRELAND = /^(?:NIC\d{6}|100\d{3})$/;

/** The forms {@link registrationNumberOf} takes, in words, for a refusal to give. */
export const REGISTRATION_NUMBER_FORMS =
  'a Companies House company number in its 8-character form, with any leading zeros (8 digits, such as 01234567, or 2 letters and 6 digits, such as SC123456, NI012345 or OC301234), ' +
  'or a charity number: of the Charity Commission for England and Wales (6 or 7 digits, such as 1234567, or 1234567-1 for a linked charity), ' +
  'of the Scottish Charity Regulator (SC and 6 digits, such as SC012345) or of the Charity Commission for Northern Ireland (NIC and 6 digits, such as NIC100002, or 6 digits starting 100)';

/**
 * A company or charity number in the one form its register writes it: `text` trimmed and in upper
 * case (` sc123456 ` is `SC123456`), or null when that is none of the forms of a UK company or charity
 * number (see this module's notes and {@link REGISTRATION_NUMBER_FORMS}). A company number written
 * without its leading zeros is not taken as one: `1234567` is read as a charity number, `12345` as none.
 */
export function registrationNumberOf(text: string): string | null {
  const number = text.trim().toUpperCase();
  const known = COMPANY_NUMBER.test(number) || CHARITY_NUMBER_ENGLAND_AND_WALES.test(number) || CHARITY_NUMBER_NORTHERN_IRELAND.test(number);
  return known ? number : null;
}
