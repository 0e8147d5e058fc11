import { registerDecorator, type ValidationArguments } from 'class-validator';

/** The decorated date (YYYY-MM-DD) must be on or after the date in `field`. */
export function IsOnOrAfter(field: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isOnOrAfter', target: target.constructor, propertyName, constraints: [field],
      options: { message: `${propertyName} must be on or after ${field}` },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const other = (args.object as Record<string, unknown>)[field];
          return typeof value === 'string' && typeof other === 'string' ? value >= other : true;
        },
      },
    });
}
