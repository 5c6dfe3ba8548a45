import { Suspense, lazy, useId, useRef } from 'react';
import type { ConfigError } from '../../../../../shared/label-config/config-error';
import { Skeleton } from '../../../../components/skeleton';
import { ConfigErrorList } from './config-error-list';
import type { CodeEditorHandle } from './xml-code-editor';
import './config-editor.css';

// CodeMirror is a large download: it comes with this screen, in its own chunk, on first use.
const XmlCodeEditor = lazy(() =>
  import('./xml-code-editor').then((module) => ({ default: module.XmlCodeEditor })),
);

export interface ConfigEditorProps {
  value: string;
  onChange(value: string): void;
  /** The engine's errors for the text as last checked. */
  errors: readonly ConfigError[];
  /** The server's refusal of the last save (e.g. labels still in use), shown in full. */
  serverError?: string | undefined;
}

export function ConfigEditor({ value, onChange, errors, serverError }: ConfigEditorProps) {
  const id = useId();
  const editor = useRef<CodeEditorHandle>(null);
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const errorsId = `${id}-errors`;
  const invalid = errors.length > 0 || Boolean(serverError);
  return (
    <div className={`field config-editor${invalid ? ' field--invalid' : ''}`}>
      <span id={labelId} className="field__label">
        Label config
      </span>
      <p id={hintId} className="field__hint">
        XML in Label Studio’s format; problems are marked at their line as you type. Tab moves on to
        the next field; Ctrl+] and Ctrl+[ indent.
      </p>
      <Suspense
        fallback={
          <div className="config-editor__loading" role="status">
            <span className="visually-hidden">Loading the config editor…</span>
            <Skeleton height="16rem" radius="md" />
          </div>
        }
      >
        <XmlCodeEditor
          ref={editor}
          value={value}
          onChange={onChange}
          errors={errors}
          labelledBy={labelId}
          describedBy={`${hintId} ${errorsId}`}
          invalid={invalid}
        />
      </Suspense>
      <ConfigErrorList
        id={errorsId}
        errors={errors}
        serverError={serverError}
        onGoTo={(line, column) => editor.current?.goTo(line, column)}
      />
    </div>
  );
}
