import { Extensions } from '@nestjs/graphql';

/**
 * What the schema itself says about input, checked for every operation before any resolver runs
 * (operation-input.ts). By default an input field or argument is one line of text, and an explicit
 * `null` for it is refused; these markers, kept in the schema's extensions, relax that where the
 * field means it.
 */
export const INPUT_RULES = {
  clearable: 'havenClearable',
  clearableArguments: 'havenClearableArguments',
  multiLine: 'havenMultiLine',
  multiLineArguments: 'havenMultiLineArguments',
} as const;

/**
 * An explicit `null` is a value here: it clears the field (`ownerSupportWorkerId: null` unassigns a
 * goal), or, in a filter, asks for no filter. On an input field or a whole input type (every optional
 * field of it); on a resolver, naming its arguments (Nest gives arguments no extensions of their own).
 */
export function Clearable(...argumentNames: string[]) {
  return Extensions(
    argumentNames.length > 0 ? { [INPUT_RULES.clearableArguments]: argumentNames } : { [INPUT_RULES.clearable]: true },
  );
}

/**
 * Text that may run over several lines: tab, line feed and carriage return are allowed in it (every
 * other control character is refused everywhere). On an input field; on a resolver, naming its arguments.
 */
export function MultiLine(...argumentNames: string[]) {
  return Extensions(
    argumentNames.length > 0 ? { [INPUT_RULES.multiLineArguments]: argumentNames } : { [INPUT_RULES.multiLine]: true },
  );
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL above all: PostgreSQL refuses it in text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Half of a UTF-16 pair on its own: JSON carries it (`"\ud800"`), but it is no character, and the
 * database would keep it as U+FFFD, not what was sent.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What makes text run over several lines (or jump a column). */
export const LINE_BREAKS = /[\t\n\r]/;
