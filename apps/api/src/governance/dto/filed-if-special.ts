import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * s.29(1)(a), s.30: every special resolution is filed at Companies House, so `mustBeFiled: false` is
 * refused beside a special `type` (`true`, or leaving it out, is taken); the flag says only which
 * ordinary resolutions an enactment requires to be filed (s.29(1)(e)).
 */
export function FiledIfSpecial(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'filedIfSpecial',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'a special resolution is always filed at Companies House (s.29(1)(a)): leave mustBeFiled out, or true' },
      validator: { validate: (value: unknown, args: ValidationArguments) => !(value === false && (args.object as { type?: unknown }).type === 'special') },
    });
}
