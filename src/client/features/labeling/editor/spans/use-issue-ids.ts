// Region ids whose items have validation issues, for the span renderers.
import { useMemo } from 'react';
import { idsWithIssues } from '../../../../../shared/annotation/result-paths';
import { useEditorIssues, useEditorResult } from '../../stores/editor-store';

const NONE: ReadonlySet<string> = new Set();

export function useIssueRegionIds(): ReadonlySet<string> {
  const issues = useEditorIssues();
  const result = useEditorResult();
  return useMemo(
    () => (Object.keys(issues).length === 0 ? NONE : idsWithIssues(result, issues)),
    [issues, result],
  );
}
