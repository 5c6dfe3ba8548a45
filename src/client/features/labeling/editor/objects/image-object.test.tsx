import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../../../test/setup/render';
import { rectangleItem } from '../../../../../shared/annotation/result-items';
import type { ResultEntry, ResultItem } from '../../../../../shared/annotation/result-item-types';
import {
  fixtureConfigs,
  fixtureTasks,
  type FixtureTask,
} from '../../../../../shared/label-config/fixture-files.test-support';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { editorActions, readEditor } from '../../stores/editor-store';
import { EditorRoot } from '../editor-root';
import { imageViewActions } from '../image/image-view-actions';

const config = parseLabelConfigOrThrow(fixtureConfigs.get('image-bbox.xml') ?? '');
const tasks = JSON.parse(fixtureTasks.get('image-bbox.json') ?? '[]') as FixtureTask[];
const fixtureResult = (task: number) =>
  (tasks[task]?.annotations?.[0]?.result ?? []) as ResultItem[];
const fixtureItem = (task: number, type: string): ResultItem => {
  const item = fixtureResult(task).find((i) => i.type === type);
  if (!item) throw new Error(`no ${type} in task ${task}`);
  return item;
};

function renderImage(data: Record<string, unknown>, result: readonly ResultEntry[] = []) {
  editorActions.taskOpened(1, result);
  return renderWithProviders(<EditorRoot config={config} data={data} taskId={1} />);
}

/** jsdom neither loads images nor lays out: give the <img> its natural size and the stage a box. */
async function loadImage(
  natural: { width: number; height: number },
  box: { width: number; height: number },
) {
  // The Image renderer is loaded on first use.
  const img = await screen.findByRole('img', { name: /labeling target/i });
  Object.defineProperty(img, 'naturalWidth', { value: natural.width });
  Object.defineProperty(img, 'naturalHeight', { value: natural.height });
  fireEvent.load(img);
  const stage = screen.getByTestId('image-stage-image');
  stage.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, ...box });
  return screen.getByRole('application', { name: /regions on image/i });
}

/** The new item, with the random id of the fixture item it must equal. */
function lastItemAs(expected: ResultItem) {
  const item = readEditor().result.at(-1) as ResultItem;
  expect(Object.keys(item)).toEqual(Object.keys(expected));
  expect(Object.keys(item.value)).toEqual(Object.keys(expected.value));
  return { ...item, id: expected.id };
}

const newItems = () => readEditor().result.length;

beforeEach(() => editorActions.taskClosed());
afterEach(() => editorActions.taskClosed());

describe('ImageObject drawing', () => {
  it('draws a rectangle with the armed label, equal to Label Studio’s item', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    act(() => editorActions.labelToggled('box', 'Cat', 'single'));
    expect(screen.getByRole('button', { name: 'Rectangle' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: 40, clientY: 60 } },
      { target: svg, coords: { clientX: 160, clientY: 180 } },
      { keys: '[/MouseLeft]', target: svg, coords: { clientX: 160, clientY: 180 } },
    ]);

    const expected = fixtureItem(0, 'rectanglelabels');
    expect(lastItemAs(expected)).toEqual(expected);
    expect(screen.getByRole('button', { name: 'Cat rectangle' })).toBeInTheDocument();
  });

  it('ignores a tiny accidental drag', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    act(() => editorActions.labelToggled('box', 'Cat', 'single'));
    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: 40, clientY: 60 } },
      { keys: '[/MouseLeft]', target: svg, coords: { clientX: 41, clientY: 61 } },
    ]);
    expect(newItems()).toBe(0);
  });

  it('asks for a label when the tool has none armed', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    await user.click(screen.getByRole('button', { name: 'Rectangle' }));
    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: 10, clientY: 10 } },
      { keys: '[/MouseLeft]', target: svg, coords: { clientX: 100, clientY: 100 } },
    ]);
    expect(newItems()).toBe(0);
    expect(screen.getByRole('status')).toHaveTextContent('Choose a label before drawing');
  });

  it('draws a polygon by clicks and Enter', async () => {
    const { user } = renderImage(tasks[2]?.data ?? {});
    const svg = await loadImage({ width: 100, height: 160 }, { width: 100, height: 160 });
    act(() => editorActions.labelToggled('outline', 'Tree', 'single'));
    for (const [clientX, clientY] of [
      [50, 20],
      [82, 120],
      [18, 120],
    ] as const)
      await user.pointer({ keys: '[MouseLeft]', target: svg, coords: { clientX, clientY } });
    expect(newItems()).toBe(0);
    await user.keyboard('{Enter}');

    const expected = fixtureItem(2, 'polygonlabels');
    expect(lastItemAs(expected)).toEqual(expected);
  });

  it('closes a polygon by clicking its first point; Escape cancels one', async () => {
    const { user } = renderImage(tasks[2]?.data ?? {});
    const svg = await loadImage({ width: 100, height: 160 }, { width: 100, height: 160 });
    act(() => editorActions.labelToggled('outline', 'Tree', 'single'));
    const click = (clientX: number, clientY: number) =>
      user.pointer({ keys: '[MouseLeft]', target: svg, coords: { clientX, clientY } });
    await click(10, 10);
    await click(20, 10);
    await user.keyboard('{Escape}');
    await click(50, 20);
    await click(82, 120);
    await click(18, 120);
    await click(51, 21);
    expect(newItems()).toBe(1);
    expect((readEditor().result[0] as ResultItem).value['points']).toEqual(
      fixtureItem(2, 'polygonlabels').value['points'],
    );
  });

  it('places a keypoint by click', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    act(() => editorActions.labelToggled('points', 'Eye', 'single'));
    await user.pointer({ keys: '[MouseLeft]', target: svg, coords: { clientX: 64, clientY: 84 } });
    const expected = fixtureItem(0, 'keypointlabels');
    expect(lastItemAs(expected)).toEqual(expected);
  });
});

describe('ImageObject editing', () => {
  it('draws the fixture regions with their labels', async () => {
    renderImage(tasks[2]?.data ?? {}, fixtureResult(2));
    await loadImage({ width: 100, height: 160 }, { width: 100, height: 160 });
    expect(screen.getByRole('button', { name: 'Tree polygon' })).toBeInTheDocument();
    const cat = screen.getByRole('button', { name: 'Cat rectangle' });
    expect(cat.querySelector('rect')).toHaveAttribute('transform', 'rotate(30 30 64)');
    expect(cat.querySelector('rect')).toHaveAttribute('stroke', '#FF8800');
  });

  it('selects a region on click and moves it by dragging, as one undo step', async () => {
    const result = fixtureResult(0);
    const { user } = renderImage(tasks[0]?.data ?? {}, result);
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    const cat = screen.getByRole('button', { name: 'Cat rectangle' });
    await user.pointer([
      { keys: '[MouseLeft>]', target: cat, coords: { clientX: 100, clientY: 100 } },
      { target: cat, coords: { clientX: 116, clientY: 112 } },
      { target: cat, coords: { clientX: 132, clientY: 124 } },
      { keys: '[/MouseLeft]', target: cat, coords: { clientX: 132, clientY: 124 } },
    ]);
    expect(readEditor().selectedRegionId).toBe('FK1ohaoehy');
    expect(readEditor().past).toHaveLength(1);
    const moved = readEditor().result[0] as ResultItem;
    expect(moved.value).toEqual({ ...result[0]?.value, x: 22.5, y: 35 });
    expect(readEditor().result[1]).toBe(result[1]);
    act(() => editorActions.undoPressed());
    expect(readEditor().result).toEqual(result);
  });

  it('resizes the selected rectangle by a corner handle', async () => {
    const result = fixtureResult(0);
    const { user, container } = renderImage(tasks[0]?.data ?? {}, result);
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    await user.click(screen.getByRole('button', { name: 'Cat rectangle' }));
    const handle = container.querySelector('[data-handle="se"]');
    if (!handle) throw new Error('no handle');
    await user.pointer([
      { keys: '[MouseLeft>]', target: handle, coords: { clientX: 160, clientY: 180 } },
      { target: handle, coords: { clientX: 192, clientY: 204 } },
      { keys: '[/MouseLeft]', target: handle, coords: { clientX: 192, clientY: 204 } },
    ]);
    const value = (readEditor().result[0] as ResultItem).value;
    expect(value).toMatchObject({ x: 12.5, y: 25, width: 47.5, height: 60, rotation: 0 });
  });

  it('nudges the selected region with arrow keys, one undo step per press', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {}, fixtureResult(0));
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    await user.click(screen.getByRole('button', { name: 'Cat rectangle' }));
    await user.keyboard('{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect((readEditor().result[0] as ResultItem).value).toMatchObject({ x: 13, y: 30 });
    expect(readEditor().past).toHaveLength(2);
  });

  it('deselects on a click on empty space; read-only regions select but never move', async () => {
    const result = fixtureResult(0);
    editorActions.taskOpened(1, result);
    const { user } = renderWithProviders(
      <EditorRoot config={config} data={tasks[0]?.data ?? {}} taskId={1} readOnly />,
    );
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    expect(screen.queryByRole('button', { name: 'Rectangle' })).not.toBeInTheDocument();
    const cat = screen.getByRole('button', { name: 'Cat rectangle' });
    await user.pointer([
      { keys: '[MouseLeft>]', target: cat, coords: { clientX: 100, clientY: 100 } },
      { keys: '[/MouseLeft]', target: cat, coords: { clientX: 150, clientY: 150 } },
    ]);
    expect(readEditor().selectedRegionId).toBe('FK1ohaoehy');
    expect(readEditor().result).toBe(result);
    await user.keyboard('{ArrowRight}');
    expect(readEditor().result).toBe(result);
    await user.pointer({ keys: '[MouseLeft]', target: svg, coords: { clientX: 300, clientY: 10 } });
    expect(readEditor().selectedRegionId).toBeNull();
  });

  it('marks regions with validation issues', async () => {
    renderImage(tasks[0]?.data ?? {}, fixtureResult(0));
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    act(() => editorActions.validationFailed({ 'result[1].value.x': ['out of range'] }));
    expect(screen.getByRole('button', { name: 'Eye keypoint (has errors)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cat rectangle' })).toBeInTheDocument();
  });

  it('zooms through the global view actions', async () => {
    renderImage(tasks[0]?.data ?? {});
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    const stage = screen.getByTestId('image-stage-image');
    act(() => imageViewActions.view('zoom-in'));
    expect(stage.dataset['zoom']).toBe('1.25');
    act(() => imageViewActions.view('zoom-reset'));
    expect(stage.dataset['zoom']).toBe('1');
  });
});

describe('ImageObject rotation (rotateControl)', () => {
  it('turns the view by quarter turns from the toolbar and the view actions', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    const stage = screen.getByTestId('image-stage-image');
    await user.click(screen.getByRole('button', { name: 'Rotate right' }));
    expect(stage.dataset['rotation']).toBe('90');
    // On its side the viewport takes the turned footprint: 120 wide for 160 high.
    expect(stage.parentElement?.style.aspectRatio).toBe('120 / 160');
    act(() => imageViewActions.view('rotate-right'));
    expect(stage.dataset['rotation']).toBe('180');
    await user.click(screen.getByRole('button', { name: 'Rotate left' }));
    await user.click(screen.getByRole('button', { name: 'Rotate left' }));
    await user.click(screen.getByRole('button', { name: 'Rotate left' }));
    expect(stage.dataset['rotation']).toBe('270');
    expect(readEditor().past).toHaveLength(0);
  });

  it('stores a region drawn on the turned image in the unrotated frame, as Label Studio does', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {});
    const svg = await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    await user.click(screen.getByRole('button', { name: 'Rotate right' }));
    // Turned right, the stage's screen box is 240 × 320 and the image's top edge is on the right.
    const stage = screen.getByTestId('image-stage-image');
    stage.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 240, height: 320 });
    act(() => editorActions.labelToggled('box', 'Cat', 'single'));
    // The fixture's box (12.5 %, 25 %)–(50 %, 75 %) as it shows on the turned image.
    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: 180, clientY: 40 } },
      { target: svg, coords: { clientX: 60, clientY: 160 } },
      { keys: '[/MouseLeft]', target: svg, coords: { clientX: 60, clientY: 160 } },
    ]);
    const expected = fixtureItem(0, 'rectanglelabels');
    expect(lastItemAs(expected)).toEqual({ ...expected, image_rotation: 90 });
  });

  it('nudges the way the arrow points on screen', async () => {
    const { user } = renderImage(tasks[0]?.data ?? {}, fixtureResult(0));
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    await user.click(screen.getByRole('button', { name: 'Rotate right' }));
    await user.click(screen.getByRole('button', { name: 'Cat rectangle' }));
    // Turned right, screen-right is the image's up and screen-down its right.
    await user.keyboard('{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect((readEditor().result[0] as ResultItem).value).toMatchObject({ x: 17.5, y: 24.5 });
  });

  it('renders 500 regions', async () => {
    const box = config.controls.get('box');
    if (box?.tag !== 'RectangleLabels') throw new Error('fixture changed');
    const frame = { original_width: 160, original_height: 120, image_rotation: 0 };
    const many = Array.from({ length: 500 }, (_, i) =>
      rectangleItem(
        box,
        { x: i % 90, y: Math.floor(i / 90) * 10, width: 5, height: 5, rotation: 0 },
        [i % 2 ? 'Cat' : 'Dog'],
        { frame },
      ),
    );
    renderImage(tasks[0]?.data ?? {}, many);
    await loadImage({ width: 160, height: 120 }, { width: 320, height: 240 });
    expect(screen.getAllByRole('button', { name: /(Cat|Dog) rectangle/ })).toHaveLength(500);
  });
});

describe('ImageObject loading', () => {
  it('reports a broken image in place and keeps the result', async () => {
    renderImage(tasks[0]?.data ?? {}, fixtureResult(0));
    fireEvent.error(await screen.findByRole('img', { name: /labeling target/i }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The image could not be loaded: images/cat-1.png',
    );
    expect(readEditor().result).toHaveLength(2);
  });

  it('reports a missing $variable', async () => {
    renderImage({});
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The image could not be loaded: $image',
    );
  });

  it('refuses script URLs from task data', async () => {
    renderImage({ image: 'javascript:alert(1)' });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
  });
});
