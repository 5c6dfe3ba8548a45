// Bounds on config input. Configs arrive from untrusted HTTP bodies (up to 10 MB) and are parsed
// on the server, so size, nesting and element count are capped before anything is built.

/** Real configs are a few KB; a 10k-node taxonomy is well under this. */
export const MAX_CONFIG_CHARS = 2_000_000;
/** The tree builder recurses per level; capping depth keeps the stack safe. */
export const MAX_DEPTH = 100;
export const MAX_ELEMENTS = 100_000;
export const MAX_ATTRIBUTE_CHARS = 65_536;
