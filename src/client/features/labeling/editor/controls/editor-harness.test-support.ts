// Test-only: renders a fixture config the way EditorRoot does, plus the region list, with the
// editor store opened on a given result.
import { createElement } from 'react';
import type { ResultEntry } from '../../../../../shared/annotation/result-item-types';
import {
  fixtureConfigs,
  fixtureTasks,
  type FixtureTask,
} from '../../../../../shared/label-config/fixture-files.test-support';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { renderWithProviders } from '../../../../../../test/setup/render';
import { editorActions, readEditor } from '../../stores/editor-store';
import { LayoutChildren } from '../layout-node';
import { RegionList } from '../panels/region-list';
import { RENDERERS } from '../registry';
import { RenderContextProvider } from '../render-context';

export interface Fixture {
  config: LabelConfig;
  tasks: FixtureTask[];
}

export function loadFixture(name: string): Fixture {
  const xml = fixtureConfigs.get(`${name}.xml`);
  const json = fixtureTasks.get(`${name}.json`);
  if (xml === undefined || json === undefined) throw new Error(`no fixture ${name}`);
  return { config: parseLabelConfigOrThrow(xml), tasks: JSON.parse(json) as FixtureTask[] };
}

export function fixtureResult(task: FixtureTask | undefined): ResultEntry[] {
  return (task?.annotations?.[0]?.result ?? []) as ResultEntry[];
}

export function renderEditor(
  config: LabelConfig,
  data: Record<string, unknown>,
  result: readonly ResultEntry[] = [],
  options: { regionList?: boolean; readOnly?: boolean } = {},
) {
  editorActions.taskClosed();
  editorActions.taskOpened(1, result);
  const value = {
    config,
    data,
    taskId: 1,
    readOnly: options.readOnly ?? false,
    registry: RENDERERS,
  };
  const ui = createElement(
    RenderContextProvider,
    { value },
    createElement(
      'div',
      { 'data-editor-root': '' },
      createElement(LayoutChildren, { nodes: config.root.children }),
      options.regionList ? createElement(RegionList) : null,
    ),
  );
  return renderWithProviders(ui);
}

export const currentResult = (): readonly ResultEntry[] => readEditor().result;

/** JSON of items with `id` dropped (ids are random where the test creates an item). */
export const withoutIds = (entries: readonly unknown[]): string =>
  JSON.stringify(
    entries.map((e) => {
      const { id: _id, ...rest } = e as Record<string, unknown>;
      return rest;
    }),
  );
