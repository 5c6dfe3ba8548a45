// The small toolbar over an image: select/pan plus one tool per region shape its controls draw
// (the only way to pick label-less tools), zoom buttons with zoomControl, quarter turns with
// rotateControl, and the brightness and contrast sliders when the config enables them.
import type { ImageNode } from '../../../../../shared/label-config/tag-tree';
import type { ImageShape } from './image-geometry';
import type { ImageTool } from './image-tools';
import type { ImageView } from './use-image-view';
import './image-toolbar.css';

export interface ImageFilters {
  readonly brightness: number;
  readonly contrast: number;
}

interface ImageToolbarProps {
  readonly node: ImageNode;
  readonly tools: readonly ImageShape[];
  readonly tool: ImageTool;
  readonly onTool: (tool: ImageTool) => void;
  readonly view: ImageView;
  readonly filters: ImageFilters;
  readonly onFilters: (filters: ImageFilters) => void;
  readonly readOnly: boolean;
}

const TOOL_LABELS: Record<ImageTool, string> = {
  select: 'Select and pan',
  rectangle: 'Rectangle',
  polygon: 'Polygon',
  keypoint: 'Keypoint',
};

export function ImageToolbar(props: ImageToolbarProps) {
  const { node, tools, tool, onTool, view, filters, onFilters, readOnly } = props;
  const choices: ImageTool[] = readOnly ? [] : ['select', ...tools];
  const empty =
    choices.length === 0 &&
    !node.zoomControl &&
    !node.rotateControl &&
    !node.brightnessControl &&
    !node.contrastControl;
  if (empty) return null;
  return (
    <div className="lc-image-toolbar" role="group" aria-label={`Image tools: ${node.name}`}>
      {choices.length > 1 &&
        choices.map((t) => (
          <button
            key={t}
            type="button"
            className="lc-image-toolbar__button"
            aria-pressed={tool === t}
            onClick={() => onTool(t)}
          >
            {TOOL_LABELS[t]}
          </button>
        ))}
      {node.zoomControl && (
        <ButtonGroup
          actions={[
            ['Zoom in', view.zoomIn],
            ['Zoom out', view.zoomOut],
            ['Reset view', view.reset],
          ]}
        />
      )}
      {node.rotateControl && (
        <ButtonGroup
          actions={[
            ['Rotate left', view.rotateLeft],
            ['Rotate right', view.rotateRight],
          ]}
        />
      )}
      {node.brightnessControl && (
        <Slider
          label="Brightness"
          value={filters.brightness}
          onChange={(brightness) => onFilters({ ...filters, brightness })}
        />
      )}
      {node.contrastControl && (
        <Slider
          label="Contrast"
          value={filters.contrast}
          onChange={(contrast) => onFilters({ ...filters, contrast })}
        />
      )}
    </div>
  );
}

function ButtonGroup({ actions }: { actions: readonly (readonly [string, () => void])[] }) {
  return (
    <span className="lc-image-toolbar__group">
      {actions.map(([label, run]) => (
        <button key={label} type="button" className="lc-image-toolbar__button" onClick={run}>
          {label}
        </button>
      ))}
    </span>
  );
}

function Slider(props: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <label className="lc-image-toolbar__slider">
      <span>{props.label}</span>
      <input
        type="range"
        min={0}
        max={200}
        step={5}
        value={props.value}
        aria-valuetext={`${props.value} %`}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      />
    </label>
  );
}
