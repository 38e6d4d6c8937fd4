import { today } from '../common/today';
import { resolutionResponse, type ReferencedResolution } from '../governance/resolution.mapper';
import { inWords } from './view-filters';

type ResolutionResponse = ReturnType<typeof resolutionResponse>;

/** How much of a resolution's text a choice shows before it is cut with "…". */
const TEXT_SHOWN = 80;

/**
 * Of `resolutions`, those passed by today, as a form's select offers them: after the empty
 * `placeholder`, each by its reference, what it is (`what`, when given), the day it passed and its text
 * cut at 80 characters: "OR-2026-01 (members' ordinary resolution, passed 20 March 2026): THAT …".
 */
export function passedResolutionItems(resolutions: readonly ReferencedResolution[], placeholder: string, what?: (r: ResolutionResponse) => string) {
  const passed = resolutions.map((r) => resolutionResponse(r, today())).filter((r) => r.outcome.status === 'passed');
  const text = (r: ResolutionResponse) => (r.text.length > TEXT_SHOWN ? `${r.text.slice(0, TEXT_SHOWN - 1)}…` : r.text);
  const label = (r: ResolutionResponse) => `${r.reference ?? r.resolutionId} (${what ? `${what(r)}, ` : ''}passed ${inWords(r.outcome.passedOn)}): ${text(r)}`;
  return [{ value: '', text: placeholder }, ...passed.map((r) => ({ value: r.resolutionId, text: label(r) }))];
}
