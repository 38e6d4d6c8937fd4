import { RecordCentralRegisterElectionDto } from '../share-register/dto/central-register-election.dto';
import { validationPipe } from './validation';

/** The problems the pipe gives for `body`, by field. */
async function problems(body: unknown): Promise<Record<string, string[]>> {
  try {
    await validationPipe().transform(body, { type: 'body', metatype: RecordCentralRegisterElectionDto });
  } catch (error) {
    const details = (error as { details?: { field: string; problems: string[] }[] }).details ?? [];
    return Object.fromEntries(details.map((d) => [d.field, d.problems]));
  }
  return {};
}

describe('a request field of the wrong kind is refused with the one problem that matters', () => {
  it('a list left out names only that it must be a list, not what its items would have to be', async () => {
    expect(await problems({ effectiveOn: '2017-06-01', action: 'elect' })).toEqual({ assentedBy: ['assentedBy must be an array'] });
  });

  it('a list given as text names only that it must be a list', async () => {
    expect(await problems({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: 'member-1' })).toEqual({ assentedBy: ['assentedBy must be an array'] });
  });

  it('a list whose items are wrong still names each problem of its items', async () => {
    const found = await problems({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: ['m-1', 'm-1', ' '] });
    expect(found.assentedBy).toEqual(expect.arrayContaining(["All assentedBy's elements must be unique", 'assentedBy must not be blank']));
  });

  it('a value of the right kind keeps its size problem', async () => {
    const found = await problems({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: ['x'.repeat(101)] });
    expect(found.assentedBy).toEqual([expect.stringContaining('shorter than or equal to 100')]);
  });
});
