/** Reported in /api/version and in every error body. */
export const VERSION = '0.1.0';
