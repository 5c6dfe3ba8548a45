/** One problem with a label config; position and tag/attribute when known. */
export interface ConfigError {
  message: string;
  line?: number;
  column?: number;
  tag?: string;
  attribute?: string;
}

interface Located {
  readonly line: number;
  readonly column: number;
}

/** An error positioned at a raw element (`name` as written) or a tree node (`tag`). */
export function errorAt(
  el: Located & ({ readonly name: string } | { readonly tag: string }),
  message: string,
  attribute?: string,
): ConfigError {
  const tag = 'tag' in el ? el.tag : el.name;
  const error: ConfigError = { message, line: el.line, column: el.column, tag };
  if (attribute !== undefined) error.attribute = attribute;
  return error;
}
