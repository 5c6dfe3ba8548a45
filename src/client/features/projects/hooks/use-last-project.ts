import { useState } from 'react';
import { parseId } from '../../../lib/paths';
import { storage, storageKeys } from '../../../lib/storage';

/** The project this browser last opened, read once per mount. */
export function useLastProjectId(): number | null {
  const [id] = useState(() => parseId(storage.get(storageKeys.lastProject) ?? undefined));
  return id;
}

export function rememberLastProject(id: number): void {
  storage.set(storageKeys.lastProject, String(id));
}
