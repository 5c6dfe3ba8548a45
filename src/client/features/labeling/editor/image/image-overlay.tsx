// The SVG over the image: regions, the selected rectangle's handles and the shape being drawn.
// Its viewBox is the image's natural pixel size, so rotations happen in pixel space as in Label
// Studio; every pointer and key handler sits here, delegated from the shapes.
import type { KeyboardEvent, RefObject } from 'react';
import { PreviewLayer, usePreviewStore } from './draw-preview';
import type { Size } from './image-geometry';
import type { Rotation } from './image-rotation';
import { regionName, type ImageRegion } from './image-regions';
import type { ImageTool, ShapeControl } from './image-tools';
import { nudge, selectRegion } from './region-edits';
import { RegionShape } from './region-shape';
import { SelectionHandles } from './selection-handles';
import type { ImageView } from './use-image-view';
import { useStagePointer } from './use-stage-pointer';
import './image-overlay.css';

interface ImageOverlayProps {
  readonly imageName: string;
  readonly size: Size;
  readonly regions: readonly ImageRegion[];
  readonly regionMap: ReadonlyMap<string, ImageRegion>;
  readonly selectedId: string | null;
  readonly invalidIds: ReadonlySet<string>;
  readonly tool: ImageTool;
  readonly readOnly: boolean;
  readonly controls: readonly ShapeControl[];
  readonly view: ImageView;
  readonly rotation: Rotation;
  readonly stageRef: RefObject<HTMLElement | null>;
  readonly spaceHeld: RefObject<boolean>;
  readonly onHint: (message: string) => void;
}

export function ImageOverlay(props: ImageOverlayProps) {
  const { size, regions, regionMap, selectedId, invalidIds, tool, readOnly, rotation } = props;
  const preview = usePreviewStore();
  const { polygon, handlers } = useStagePointer({ ...props, regions: regionMap, preview });
  const selected = selectedId === null ? undefined : regionMap.get(selectedId);

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const handled = () => {
      e.preventDefault();
      // Escape/Enter/arrows meant for the drawing must not also reach the global hotkeys.
      e.stopPropagation();
    };
    if (e.key === 'Escape' && polygon.cancel()) return handled();
    if (e.key === 'Enter' && polygon.close()) return handled();
    const regionEl = (e.target as Element).closest<SVGElement>('[data-region-id]');
    if ((e.key === 'Enter' || e.key === ' ') && regionEl) {
      selectRegion(regionEl.dataset['regionId'] ?? null);
      return handled();
    }
    if (!readOnly && selected && nudge(selected, size, rotation, e)) return handled();
    // Space is held to pan (use-space-held); it must not scroll the page meanwhile.
    if (e.key === ' ') e.preventDefault();
  };

  return (
    <svg
      className={`lc-image-overlay lc-image-overlay--${tool}`}
      viewBox={`0 0 ${size.width} ${size.height}`}
      preserveAspectRatio="none"
      role="application"
      aria-label={
        readOnly
          ? `Regions on ${props.imageName}`
          : `Regions on ${props.imageName}. Arrow keys move the selected region.`
      }
      tabIndex={0}
      onKeyDown={onKeyDown}
      {...handlers}
    >
      {regions.map((r) => (
        <RegionShape
          key={r.id}
          id={r.id}
          shape={r.shape}
          item={r.item}
          name={regionName(r)}
          label={r.labels.join(', ')}
          color={r.color}
          fill={r.fill}
          fillOpacity={r.fillOpacity}
          strokeWidth={r.strokeWidth}
          width={size.width}
          height={size.height}
          selected={r.id === selectedId}
          invalid={invalidIds.has(r.id)}
        />
      ))}
      {selected?.shape === 'rectangle' && !readOnly && (
        <SelectionHandles item={selected.item} size={size} />
      )}
      <PreviewLayer store={preview} size={size} />
    </svg>
  );
}
