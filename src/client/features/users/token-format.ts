/** The last four characters of a 40-character key: enough to tell two tokens apart. */
export const tokenEnding = (token: string) => token.slice(-4);

/** A fixed run of bullets (so the length says nothing) and the ending. */
export const maskToken = (token: string) => `${'•'.repeat(16)}${tokenEnding(token)}`;

/** A command that works as pasted: this server's origin and the caller's token. */
export function curlCommand(token: string, origin: string): string {
  return `curl -H "Authorization: Token ${token}" ${origin}/api/projects`;
}
