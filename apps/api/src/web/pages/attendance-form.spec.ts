import { attendeesOfForm, CAPACITY_OF, FormProblems } from './attendance-form';

const offered = [{ directorId: 'd1', name: 'Ms A Director' }, { directorId: 'd2', name: 'Mr B Director' }];

function refusal(fn: () => unknown): FormProblems {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormProblems) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the attendance form of a meeting page', () => {
  it('MA-2: items interested in typed for a director not ticked as present are refused beside that director’s field (422), not dropped', () => {
    const problems = refusal(() => attendeesOfForm({ directorId: ['d1'], 'interest-d1': '', 'interest-d2': '2' }, offered, 2));
    expect(problems.status).toBe(422);
    expect(problems.errors).toEqual([
      { field: 'interest-2', href: '#interest-2', text: 'Mr B Director is not ticked as present, so the items interested in (“2”) cannot be recorded: tick Mr B Director as present, or clear the items' },
    ]);
    expect(attendeesOfForm({ directorId: ['d1', 'd2'], 'interest-d2': '2' }, offered, 2).directors).toEqual([{ directorId: 'd1' }, { directorId: 'd2', interestedIn: [2] }]);
  });

  it('MT-3: a member’s “attends” value the form does not offer is refused (400) for that member, not taken as in person', () => {
    for (const forged of ['corporate-representative', 'in-person', 'PROXY']) {
      const problems = refusal(() => attendeesOfForm({ memberId: ['m1'], 'as-m1': forged }, [], 1));
      expect(problems.status).toBe(400);
      expect(problems.errors.map((e) => [e.field, e.text])).toEqual([[`${CAPACITY_OF}m1`, `attends: “${forged}” is not one of the choices: in person, by proxy or by corporate representative`]]);
    }
    expect(attendeesOfForm({ memberId: ['m1', 'm2', 'm3'], 'as-m1': '', 'as-m2': 'proxy', 'name-m2': 'Ms P', 'as-m3': 'representative', 'name-m3': 'Mr R' }, [], 1).members).toEqual([
      { memberId: 'm1' },
      { memberId: 'm2', proxyName: 'Ms P' },
      { memberId: 'm3', representativeName: 'Mr R' },
    ]);
  });
});
