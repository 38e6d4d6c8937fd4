import { sameOfficerName } from '#domain';
import { inWords } from './view-filters';

/** One officer or director as a list of choices names them: the name, and the day the term began (YYYY-MM-DD). */
export interface NamedTerm {
  readonly name: string;
  readonly appointedOn?: string | null;
}

/**
 * The words that name each of `people` in a list of choices, in their order: the name, with `suffix`
 * (as "director"), and, where another in the list has the same name (but for case and spaces), the day
 * of appointment ("appointed 1 May 2026"), so that two people of one name can be told apart. Nothing
 * protected is used: never the date of birth, which only the secretary may see (EC-4, s.165).
 */
export function distinctLabels(people: readonly NamedTerm[], suffix: (person: NamedTerm, index: number) => string | null = () => null): string[] {
  return people.map((person, index) => {
    const namesake = people.some((other, j) => j !== index && sameOfficerName(other.name, person.name));
    const words = [suffix(person, index), namesake && person.appointedOn ? `appointed ${inWords(person.appointedOn)}` : null].filter((w): w is string => w !== null);
    return words.length === 0 ? person.name : `${person.name} (${words.join(', ')})`;
  });
}
