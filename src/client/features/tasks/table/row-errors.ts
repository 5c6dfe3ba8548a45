/** A server message about one input row, split for display. */
export interface RowError {
  row: number | null;
  reason: string;
}

/** `Error at item 12: "text" key is expected in task data` → row 12 and the reason. */
export function parseRowError(message: string): RowError {
  const m = /^Error at (?:item|row|line) (\d+):\s*([\s\S]*)$/i.exec(message);
  return m ? { row: Number(m[1]), reason: m[2] ?? '' } : { row: null, reason: message };
}
