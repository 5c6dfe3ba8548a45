// What the review screens receive from the app layer: the editor comes in as a render prop,
// since a feature never imports another one (the labeling feature owns the editor).
import type { ReactNode } from 'react';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import type { Role } from '../../../../shared/api/users';
import type { LabelConfig } from '../../../../shared/label-config/label-config';

export interface ReviewEditorProps {
  config: LabelConfig;
  data: Readonly<Record<string, unknown>>;
  taskId: number;
  initialResult: readonly ResultEntry[];
  /** A new value reopens the editor on `initialResult`. */
  sessionKey: string;
  readOnly: boolean;
  label: string;
  /** Ctrl/Cmd+Enter or the aside's save: the result checked against the config. */
  onSubmit: ((result: ResultEntry[]) => void) | undefined;
  /** Rendered beside the editor, given its checked submit. */
  aside: ((actions: { submit(): void }) => ReactNode) | undefined;
}

export type RenderEditor = (props: ReviewEditorProps) => ReactNode;

/** The signed-in reviewer or admin: who may delete which review and comment. */
export interface Viewer {
  id: number;
  role: Role;
  name: string;
}
