// TextArea (label-config.md §2): a list of submitted entries. Enter commits the box as a new
// entry (Shift+Enter is a newline); each commit is one undo step, never each keystroke.
import { useState, type KeyboardEvent } from 'react';
import type { NodeOfTag } from '../renderer-types';
import { ControlField } from './control-field';
import { useDraft } from './use-draft';
import { storedList, useClassification } from './use-classification';
import './controls.css';
import './textarea-control.css';

type Node = NodeOfTag<'TextArea'>;

/** Enter without Shift, outside an IME composition. */
const isCommitKey = (e: KeyboardEvent) =>
  e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing;

export function TextAreaControl({ node }: { node: Node }) {
  const { region } = useClassification(node);
  // A fresh draft per region, so text typed for one span never lands on the next.
  return <TextAreaFields key={region?.id ?? ''} node={node} />;
}

function TextAreaFields({ node }: { node: Node }) {
  const { item, readOnly, write } = useClassification(node);
  const entries = storedList(item, 'text') ?? [];
  const [draft, setDraft] = useState('');
  const full = node.maxSubmissions !== undefined && entries.length >= node.maxSubmissions;

  const save = (next: string[]) => write(next.length === 0 ? undefined : next);
  const add = () => {
    const text = draft.trim();
    if (text === '' || full) return;
    save([...entries, text]);
    setDraft('');
  };

  return (
    <ControlField control={node} kind="group">
      {(captionId) => (
        <div className="lc-textarea">
          {entries.length > 0 && (
            <ol className="lc-textarea__entries">
              {entries.map((entry, i) => (
                <Entry
                  // Entries have no id; the draft follows the stored text (useDraft).
                  key={i}
                  index={i}
                  text={entry}
                  editable={node.editable && !readOnly}
                  readOnly={readOnly}
                  onChange={(text) =>
                    save(text === '' ? entries.filter((_, j) => j !== i) : entries.with(i, text))
                  }
                  onDelete={() => save(entries.filter((_, j) => j !== i))}
                />
              ))}
            </ol>
          )}
          {!full && !readOnly && (
            <textarea
              className="lc-input lc-textarea__box"
              aria-labelledby={captionId}
              aria-describedby={`${captionId}-help`}
              rows={node.rows ?? 1}
              placeholder={node.placeholder}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (!isCommitKey(e)) return;
                e.preventDefault();
                add();
              }}
            />
          )}
          {!full && !readOnly && (
            <span id={`${captionId}-help`} className="lc-control__help">
              Enter adds, Shift+Enter starts a new line
            </span>
          )}
        </div>
      )}
    </ControlField>
  );
}

interface EntryProps {
  index: number;
  text: string;
  editable: boolean;
  readOnly: boolean;
  onChange(text: string): void;
  onDelete(): void;
}

function Entry({ index, text, editable, readOnly, onChange, onDelete }: EntryProps) {
  const [draft, setDraft] = useDraft(text);
  const commit = () => {
    if (draft.trim() !== text) onChange(draft.trim());
  };
  return (
    <li className="lc-textarea__entry">
      {editable ? (
        <textarea
          className="lc-input lc-textarea__edit"
          aria-label={`Entry ${index + 1}`}
          rows={1}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (!isCommitKey(e)) return;
            e.preventDefault();
            commit();
          }}
        />
      ) : (
        <span className="lc-textarea__text">{text}</span>
      )}
      {!readOnly && (
        <button
          type="button"
          className="lc-icon-button"
          aria-label={`Delete entry ${index + 1}`}
          onClick={onDelete}
        >
          ×
        </button>
      )}
    </li>
  );
}
