// Test-only: open a fixture config in the editor and make DOM selections the way a mouse does
// (jsdom has Range/Selection but no layout).
import { fireEvent } from '@testing-library/react';
import { createElement } from 'react';
import type { ResultEntry } from '../../../../../shared/annotation/result-item-types';
import {
  fixtureConfigs,
  fixtureTasks,
  type FixtureTask,
} from '../../../../../shared/label-config/fixture-files.test-support';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { renderWithProviders } from '../../../../../../test/setup/render';
import { editorActions } from '../../stores/editor-store';
import { HyperTextObject } from '../objects/hypertext-object';
import { ParagraphsObject } from '../objects/paragraphs-object';
import { TextObject } from '../objects/text-object';
import { RenderContextProvider } from '../render-context';
import type { RendererRegistry } from '../renderer-types';

export function fixtureTask(file: string, index: number): FixtureTask {
  const tasks = JSON.parse(fixtureTasks.get(file) ?? '[]') as FixtureTask[];
  const task = tasks[index];
  if (!task) throw new Error(`No task ${index} in ${file}`);
  return task;
}

export function fixtureResult(task: FixtureTask): ResultEntry[] {
  return structuredClone(task.annotations?.[0]?.result ?? []) as ResultEntry[];
}

/**
 * Renders the config's text-like objects (only them: the rest of the editor is other
 * renderers' business) inside the render context EditorRoot would provide.
 */
export function renderEditor(
  xml: string,
  data: Record<string, unknown>,
  options: { result?: ResultEntry[]; readOnly?: boolean } = {},
) {
  const config = parseLabelConfigOrThrow(fixtureConfigs.get(xml) ?? xml);
  editorActions.taskOpened(1, options.result ?? []);
  const objects = [...config.objects.values()].map((node) => {
    const key = node.name;
    if (node.tag === 'Text') return createElement(TextObject, { key, node });
    if (node.tag === 'HyperText') return createElement(HyperTextObject, { key, node });
    if (node.tag === 'Paragraphs') return createElement(ParagraphsObject, { key, node });
    return null;
  });
  const value = {
    config,
    data,
    taskId: 1,
    readOnly: options.readOnly ?? false,
    // These objects render no child tags.
    registry: {} as RendererRegistry,
  };
  return renderWithProviders(createElement(RenderContextProvider, { value }, ...objects));
}

/** Text nodes under `root` with their UTF-16 start in root's text content. */
function textNodes(root: Node): { node: Text; at: number }[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: { node: Text; at: number }[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push({ node: n as Text, at });
    at += (n as Text).data.length;
  }
  return out;
}

function point(root: Node, offset: number, side: 'start' | 'end'): [Text, number] {
  const nodes = textNodes(root);
  const hit =
    side === 'start'
      ? nodes.find((t) => offset >= t.at && offset < t.at + t.node.data.length)
      : nodes.find((t) => offset > t.at && offset <= t.at + t.node.data.length);
  if (!hit) throw new Error(`No text at ${offset}`);
  return [hit.node, offset - hit.at];
}

/** Selects [start, end) of `root`'s text content (UTF-16), as a drag would. */
export function selectText(root: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(...point(root, start, 'start'));
  range.setEnd(...point(root, end, 'end'));
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** Selects the first occurrence of `needle` in `root`'s text and releases the mouse there. */
export function dragSelect(root: HTMLElement, needle: string, from = 0): void {
  const at = (root.textContent ?? '').indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not found`);
  fireEvent.mouseDown(root);
  selectText(root, at, at + needle.length);
  fireEvent.mouseUp(root);
}

/** An item without its random region id, for comparing against fixtures. */
export function withoutId(entry: ResultEntry | undefined): unknown {
  if (!entry || entry.type === 'relation') return entry;
  const { id: _id, ...rest } = entry as ResultEntry & { id: string };
  return rest;
}
