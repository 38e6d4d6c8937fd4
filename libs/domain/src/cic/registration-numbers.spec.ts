import { REGISTRATION_NUMBER_FORMS, registrationNumberOf } from './registration-numbers';

describe('company and charity numbers, in the forms their registers give them (CI-2, CI-6: the recipient of an asset transfer)', () => {
  it.each([
    ['a company in England and Wales (CA 2006 s.1066): 8 digits', '01234567', '01234567'],
    ['a Scottish company', 'SC123456', 'SC123456'],
    ['a Northern Irish company', 'NI012345', 'NI012345'],
    ['a limited liability partnership', 'OC301234', 'OC301234'],
    ['a charity in England and Wales (Charities Act 2011 s.29): 7 digits', '1234567', '1234567'],
    ['an older charity in England and Wales: 6 digits', '212345', '212345'],
    ['a linked charity (s.12): the number and its own after "-"', '1234567-1', '1234567-1'],
    ['a linked charity with 2 digits of its own', '212345-12', '212345-12'],
    ['a Scottish charity (2005 Act s.3): SC and 6 digits', 'SC012345', 'SC012345'],
    ['a Northern Irish charity (2008 Act s.16): NIC and 6 digits', 'NIC100002', 'NIC100002'],
    ['a Northern Irish charity by its 6 digits, starting 100', '100002', '100002'],
    ['one typed in lower case, with spaces round it', '  sc123456 ', 'SC123456'],
    ['a Northern Irish charity in lower case', 'nic104567', 'NIC104567'],
  ])('%s is taken, in upper case and trimmed', (_what, typed, kept) => {
    expect(registrationNumberOf(typed)).toBe(kept);
  });

  it.each([
    ['punctuation', '!!'],
    ['nothing', ''],
    ['a company number without its leading zeros', '12345'],
    ['9 digits', '123456789'],
    ['a company number with a space inside', 'SC 123456'],
    ['3 letters before 6 digits, other than NIC', 'ABC123456'],
    ['1 letter before 7 digits', 'R1234567'],
    ['2 letters before 5 digits', 'SC12345'],
    ['a linked charity with 3 digits of its own', '1234567-123'],
    ['a linked charity with nothing after "-"', '1234567-'],
    ['NIC and 5 digits', 'NIC10000'],
    ['digits that are not ASCII', '١٢٣٤٥٦٧'],
    ['a name', 'Example Health CIC'],
  ])('%s (%j) is none of them', (_what, typed) => {
    expect(registrationNumberOf(typed)).toBeNull();
  });

  it('the words a refusal gives name each form, and that a company number needs all 8 characters', () => {
    for (const said of ['8-character form', 'leading zeros', 'SC123456', '1234567-1', 'Scottish Charity Regulator', 'NIC and 6 digits', '6 digits starting 100']) expect(REGISTRATION_NUMBER_FORMS).toContain(said);
  });
});
