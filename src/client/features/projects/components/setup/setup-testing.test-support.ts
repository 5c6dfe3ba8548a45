// Shared by the setup screen's tests: the real page with the real labeling editor as preview,
// and a way to type into CodeMirror (jsdom has no layout, so its input events are simulated
// through the editor's own transaction API, as a paste would arrive).
import { EditorView } from '@codemirror/view';
import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { createElement } from 'react';
import type { Project } from '../../../../../shared/api/projects';
import { AnnotationEditor } from '../../../labeling/components/annotation-editor';
import type { PreviewRenderProps } from './config-preview';
import { ProjectSetupPage } from './project-setup-page';
import type { TaskData } from '../../setup/sample-data';
import { renderWithProviders } from '../../../../../../test/setup/render';

// A .ts file (the lint rules know test support by that name), hence createElement over JSX.
function renderPreview({ config, data, sessionKey, onResult }: PreviewRenderProps) {
  return createElement(AnnotationEditor, {
    config,
    data,
    taskId: 0,
    initialResult: [],
    sessionKey,
    label: 'Preview of the labeling editor',
    onSubmit: onResult,
  });
}

export function renderSetup(
  options: { project?: Project; sampleTask?: TaskData | null; canDelete?: boolean } = {},
) {
  const { project, sampleTask = null, canDelete = true } = options;
  const page = createElement(ProjectSetupPage, { project, sampleTask, renderPreview, canDelete });
  const route = project ? `/projects/${project.id}/settings` : '/projects/new';
  return renderWithProviders(null, {
    route,
    routes: [
      { path: '/projects/new', element: page },
      { path: '/projects/:projectId/settings', element: page },
      { path: '/projects/:projectId', element: createElement('h1', null, 'Project page') },
      { path: '/projects', element: createElement('h1', null, 'All projects') },
    ],
  });
}

/** The CodeMirror content element, once the lazily loaded editor is there. */
export const findConfigEditor = () => screen.findByRole('textbox', { name: 'Label config' });

function viewOf(content: HTMLElement): EditorView {
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('No CodeMirror view around this element');
  return view;
}

export async function configText(): Promise<string> {
  return viewOf(await findConfigEditor()).state.doc.toString();
}

/** Replaces the whole config text as one edit, the way a paste does. */
export async function setConfigText(text: string): Promise<void> {
  const view = viewOf(await findConfigEditor());
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    userEvent: 'input.paste',
  });
  await waitFor(() => expect(view.state.doc.toString()).toBe(text));
}
