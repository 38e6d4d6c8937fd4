import { RefusedBeside } from '../../common/validation';

/**
 * s.29(1)(a), s.30: every special resolution is filed at Companies House, so `mustBeFiled: false` is
 * refused beside a special `type` (`true`, or leaving it out, is taken); the flag says only which
 * ordinary resolutions an enactment requires to be filed (s.29(1)(e)).
 */
export const FiledIfSpecial = () =>
  RefusedBeside('filedIfSpecial', 'a special resolution is always filed at Companies House (s.29(1)(a)): leave mustBeFiled out, or true', (value, body) => value === false && body.type === 'special');
