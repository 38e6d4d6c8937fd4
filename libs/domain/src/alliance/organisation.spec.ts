import { DomainError } from '../errors';
import { addOrganisation, requireOrganisation, type Organisation } from './organisation';

const barts: Organisation = { id: 'barts', name: ' Barts Health NHS Trust ', kind: 'nhs-trust', note: null };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    return error instanceof DomainError ? error.code : 'OTHER';
  }
};

describe('Organisations', () => {
  it('an organisation is added once, by id, with its name trimmed', () => {
    const list = addOrganisation([], barts);
    expect(list).toEqual([{ ...barts, name: 'Barts Health NHS Trust' }]);
    expect(codeOf(() => addOrganisation(list, { ...barts, name: 'Another' }))).toBe('ORGANISATION_ALREADY_RECORDED');
  });

  it('ORGANISATION_UNKNOWN and INVALID_ALLIANCE_RECORD', () => {
    expect(codeOf(() => requireOrganisation([], 'barts'))).toBe('ORGANISATION_UNKNOWN');
    expect(codeOf(() => addOrganisation([], { ...barts, id: '' }))).toBe('INVALID_ALLIANCE_RECORD');
  });
});
