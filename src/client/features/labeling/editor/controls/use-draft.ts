// Local text for an input that commits later (blur, Enter): follows the stored value whenever
// that changes (undo, another region selected) without remounting the focused input.
import { useState, type Dispatch, type SetStateAction } from 'react';

export function useDraft(stored: string): [string, Dispatch<SetStateAction<string>>] {
  const [draft, setDraft] = useState(stored);
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    // Adjusting state while rendering is React's documented way to reset on a prop change.
    setSeen(stored);
    setDraft(stored);
  }
  return [draft, setDraft];
}
