// What an object shows instead of crashing when the task lacks the data its `value` names.
import type { ValueTemplate } from '../../../../../shared/label-config/variables';
import './missing-data.css';

export function MissingData({ template, problem }: { template: ValueTemplate; problem?: string }) {
  const key = template.kind === 'variable' ? template.path.source : template.raw;
  return (
    <p className="lc-missing" role="note">
      {problem ?? (
        <>
          This task has no <code>{key}</code> field.
        </>
      )}
    </p>
  );
}
