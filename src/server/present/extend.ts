/**
 * `{ ...base, ...extra }` for response objects built per request. On Node 20's V8 a literal
 * that spreads one object and then adds properties gets fresh hidden classes on every call:
 * several microseconds to build, and JSON.stringify then takes its slow path. Adding the
 * properties to `base` in place keeps one shape. `base` must be a fresh object the caller owns.
 */
export function extend<B extends object, E extends object>(
  base: B,
  extra: E,
): Omit<B, keyof E> & E {
  return Object.assign(base, extra) as Omit<B, keyof E> & E;
}
