import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import type { ImportSource } from '../api/upload-import';
import './import-dialog.css';

export interface ImportFormProps {
  id: string;
  onSubmit(source: ImportSource, partial: boolean): void;
}

const ACCEPT = '.json,.jsonl,.csv,.tsv,.txt';

/** Files (dropped or chosen) or a pasted JSON list, and what to do with bad rows. */
export function ImportForm({ id, onSubmit }: ImportFormProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [partial, setPartial] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileId = useId();
  const pasteId = useId();

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setFiles((prev) => [...prev, ...Array.from(list)]);
    setProblem(null);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (files.length > 0) return onSubmit({ kind: 'files', files }, partial);
    if (text.trim() === '')
      return setProblem('Choose a file, drop one here, or paste a JSON list.');
    try {
      JSON.parse(text);
    } catch (error) {
      return setProblem(`The pasted text is not valid JSON: ${(error as Error).message}`);
    }
    onSubmit({ kind: 'json', text }, partial);
  };

  return (
    <form id={id} className="import-form" onSubmit={submit} noValidate>
      <div
        className={`import-drop${dragging ? ' import-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="import-drop__text">Drop JSON, CSV or TSV files here</p>
        <input
          id={fileId}
          type="file"
          multiple
          accept={ACCEPT}
          className="import-drop__input"
          onChange={(e) => {
            addFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <label htmlFor={fileId} className="btn btn--secondary btn--sm import-drop__choose">
          Choose files
        </label>
        {files.length > 0 && (
          <ul className="import-drop__files" aria-label="Files to import">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                {f.name} <span className="muted">({formatBytes(f.size)})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {files.length === 0 && (
        <div className="field">
          <label className="field__label" htmlFor={pasteId}>
            Or paste a JSON list of tasks
          </label>
          <textarea
            id={pasteId}
            className="field__input import-form__paste"
            rows={4}
            spellCheck={false}
            placeholder='[{"text": "First task"}, {"text": "Second task"}]'
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      )}
      <fieldset className="import-form__mode">
        <legend className="field__label">If some rows are invalid</legend>
        <label>
          <input type="radio" name="mode" checked={!partial} onChange={() => setPartial(false)} />
          Import nothing and list the bad rows (all or nothing)
        </label>
        <label>
          <input type="radio" name="mode" checked={partial} onChange={() => setPartial(true)} />
          Commit the good rows, report the bad ones
        </label>
      </fieldset>
      {problem && <Alert>{problem}</Alert>}
    </form>
  );
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
