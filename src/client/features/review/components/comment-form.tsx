import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/api-client';
import { useAddComment } from '../hooks/use-comment-mutations';

export interface PinnableRegion {
  id: string;
  /** How the region reads: "Person “Ada Lovelace”". */
  title: string;
}

export interface CommentFormProps {
  annotationId: number;
  taskId: number;
  /** The region selected in the editor, if it belongs to this annotation. */
  region: PinnableRegion | null;
}

export function CommentForm({ annotationId, taskId, region }: CommentFormProps) {
  const id = useId();
  const add = useAddComment(taskId);
  const [text, setText] = useState('');
  const [pin, setPin] = useState(true);
  const [blank, setBlank] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setBlank(true);
      return;
    }
    setBlank(false);
    add.mutate(
      {
        annotation: annotationId,
        text: text.trim(),
        ...(region && pin ? { region_ref: region.id } : {}),
      },
      { onSuccess: () => setText('') },
    );
  };

  const error = blank ? 'Write something first.' : null;
  return (
    <form className="review-comment-form" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={`${id}-text`}>
        New comment
      </label>
      <textarea
        id={`${id}-text`}
        className="field__input"
        rows={3}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {region ? (
        <label className="review-comment-form__pin">
          <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />
          Pin to the selected region: {region.title}
        </label>
      ) : (
        <p className="muted review-comment-form__tip">
          Select a region in the editor to pin the comment to it.
        </p>
      )}
      {add.isError && <Alert>{errorMessage(add.error)}</Alert>}
      <Button type="submit" size="sm" pending={add.isPending} pendingLabel="Adding…">
        Add comment
      </Button>
    </form>
  );
}
