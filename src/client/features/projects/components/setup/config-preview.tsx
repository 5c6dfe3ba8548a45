import { useState, type ReactNode } from 'react';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import { Alert } from '../../../../components/alert';
import type { PreviewSample, SampleSource, TaskData } from '../../setup/sample-data';
import './config-preview.css';

/** What the route hands the preview: the labeling editor, which this feature may not import. */
export interface PreviewRenderProps {
  config: LabelConfig;
  data: TaskData;
  /** Changes whenever the config or the sample does, so the editor starts afresh on them. */
  sessionKey: string;
  /** The editor's checked result (Ctrl+Enter), shown as the JSON an export would hold. */
  onResult(result: readonly unknown[]): void;
}
export type PreviewRenderer = (props: PreviewRenderProps) => ReactNode;

export interface ConfigPreviewProps {
  /** The newest config that parsed, or null if none has yet. */
  config: LabelConfig | null;
  sample: PreviewSample | null;
  /** The text in the editor has errors: the preview shows `config`, an older version. */
  stale: boolean;
  render: PreviewRenderer;
}

// One number per sample object (the page memoizes it), so the key needs no copy of the data.
const sampleIds = new WeakMap<object, number>();
let lastSampleId = 0;
function sampleId(data: TaskData): number {
  let id = sampleIds.get(data);
  if (id === undefined) {
    id = ++lastSampleId;
    sampleIds.set(data, id);
  }
  return id;
}

const SOURCE_TEXT: Record<SampleSource, string> = {
  task: 'Data from this project’s first task.',
  template: 'Sample data from the template.',
  generated: 'Made-up data for the config’s variables.',
};

export function ConfigPreview({ config, sample, stale, render }: ConfigPreviewProps) {
  const [checked, setChecked] = useState<{ key: string; result: readonly unknown[] } | null>(null);
  if (!config || !sample) {
    return (
      <p className="muted config-preview__empty">
        The preview appears once the config has no errors.
      </p>
    );
  }
  const empty = config.objects.size === 0 && config.controls.size === 0;
  const sessionKey = `${sampleId(sample.data)}:${config.xml}`;
  return (
    <div className="config-preview">
      {stale && (
        <Alert tone="info">
          The config has errors, so the preview shows the last version without errors.
        </Alert>
      )}
      <p className="config-preview__source muted">
        {SOURCE_TEXT[sample.source]}
        {sample.source !== 'generated' && sample.generated.length > 0 && (
          <> Made up: {sample.generated.map((key) => `$${key}`).join(', ')}.</>
        )}{' '}
        Try it: label as an annotator would, then press Ctrl+Enter to see the result. Nothing here
        is saved.
      </p>
      {empty ? (
        <p className="muted config-preview__empty">
          This config shows nothing yet. Choose a template, or add tags such as{' '}
          <code>&lt;Text&gt;</code> and <code>&lt;Choices&gt;</code>.
        </p>
      ) : (
        <div className="config-preview__editor">
          {render({
            config,
            data: sample.data,
            sessionKey,
            onResult: (result) => setChecked({ key: sessionKey, result }),
          })}
        </div>
      )}
      {checked?.key === sessionKey && (
        <details className="config-preview__result" open>
          <summary>Result JSON</summary>
          <pre>{JSON.stringify(checked.result, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}
