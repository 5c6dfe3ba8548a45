// Region ids whose items have validation issues: issue keys index into the result array
// (`result[3].value.end`).
import { useMemo } from 'react';
import { isRelation } from '../../../../../shared/annotation/result-item-types';
import { useEditorIssues, useEditorResult } from '../../stores/editor-store';

const INDEX = /^result\[(\d+)\]/;
const NONE: ReadonlySet<string> = new Set();

export function useIssueRegionIds(): ReadonlySet<string> {
  const issues = useEditorIssues();
  const result = useEditorResult();
  return useMemo(() => {
    const keys = Object.keys(issues);
    if (keys.length === 0) return NONE;
    const ids = new Set<string>();
    for (const key of keys) {
      const entry = result[Number(INDEX.exec(key)?.[1] ?? -1)];
      if (entry && !isRelation(entry)) ids.add(entry.id);
    }
    return ids;
  }, [issues, result]);
}
