// The Image object: the task's image with its regions drawn over it, drawing tools, zoom/pan
// and filters. Regions come from the editor store; every change is one editResult step.
import { useCallback, useMemo, useRef, useState } from 'react';
import { useEditorIssues, useEditorResult, useSelectedRegionId } from '../../stores/editor-store';
import { ImageOverlay } from '../image/image-overlay';
import { idsWithIssues } from '../../../../../shared/annotation/result-paths';
import { imageRegionsOf } from '../image/image-regions';
import { ImageToolbar, type ImageFilters } from '../image/image-toolbar';
import { rotatedStyles } from '../image/image-rotation';
import { imageViewActivated } from '../image/image-view-actions';
import { shapeControlsOf, toolsOf, type ImageTool } from '../image/image-tools';
import { useArmedTool } from '../image/use-armed-tool';
import { useImageSource } from '../image/use-image-source';
import { useImageView } from '../image/use-image-view';
import { useSpaceHeld } from '../image/use-space-held';
import { useStageScale } from '../image/use-stage-scale';
import type { NodeOfTag } from '../renderer-types';
import { useRenderContext } from '../render-context';
import './image-object.css';

const POLYGON_HINT = 'Click to add points; click the first point or press Enter to finish.';

export function ImageObject({ node }: { node: NodeOfTag<'Image'> }) {
  const { config, data, readOnly } = useRenderContext();
  const source = useImageSource(node.value, data);
  const viewportRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const { view, rotation } = useImageView(viewportRef, stageRef, {
    zoomable: node.zoom || node.zoomControl,
    rotatable: node.rotateControl,
  });
  const spaceHeld = useSpaceHeld();

  const controls = useMemo(() => shapeControlsOf(config, node.name), [config, node.name]);
  const tools = useMemo(() => toolsOf(controls), [controls]);
  const [tool, setTool] = useState<ImageTool>('select');
  const [hint, setHint] = useState('');
  const chooseTool = useCallback((next: ImageTool) => {
    setTool(next);
    setHint('');
  }, []);
  useArmedTool(controls, chooseTool);
  const [filters, setFilters] = useState<ImageFilters>({ brightness: 100, contrast: 100 });

  const result = useEditorResult();
  const issues = useEditorIssues();
  const selectedId = useSelectedRegionId();
  const regions = useMemo(
    () => imageRegionsOf(config, result, node.name),
    [config, result, node.name],
  );
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions]);
  const invalidIds = useMemo(() => idsWithIssues(result, issues), [result, issues]);

  const { status } = source;
  const size = status.kind === 'loaded' ? status.size : null;
  useStageScale(stageRef, size);
  const turned = rotatedStyles(rotation, size);
  const activate = () => imageViewActivated(view);
  const activeTool = readOnly ? 'select' : tool;
  const message = hint || (activeTool === 'polygon' ? POLYGON_HINT : '');

  return (
    <figure
      className={`lc-image${node.crosshair ? ' lc-image--crosshair' : ''}`}
      style={node.maxWidth ? { maxWidth: node.maxWidth } : undefined}
      onPointerEnter={activate}
      onFocus={activate}
    >
      <ImageToolbar
        node={node}
        tools={tools}
        tool={activeTool}
        onTool={chooseTool}
        view={view}
        filters={filters}
        onFilters={setFilters}
        readOnly={readOnly}
      />
      {status.kind === 'error' && (
        <p className="lc-image__error" role="alert">
          The image could not be loaded: {status.reason}
        </p>
      )}
      {/* Kept mounted when the image fails, so a corrected URL loads into the same view. */}
      <div
        className="lc-image__viewport"
        ref={viewportRef}
        hidden={status.kind === 'error'}
        style={turned.viewport}
      >
        <div
          className="lc-image__stage"
          ref={stageRef}
          data-testid={`image-stage-${node.name}`}
          data-rotation={rotation}
          style={turned.stage}
        >
          {source.url !== undefined && (
            <img
              className="lc-image__img"
              src={source.url}
              alt={`Labeling target: ${node.name}`}
              draggable={false}
              onLoad={source.onLoad}
              onError={source.onError}
              style={{
                filter: `brightness(${filters.brightness}%) contrast(${filters.contrast}%)`,
              }}
            />
          )}
          {size && (
            <ImageOverlay
              imageName={node.name}
              size={size}
              regions={regions}
              regionMap={regionMap}
              selectedId={selectedId}
              invalidIds={invalidIds}
              tool={activeTool}
              readOnly={readOnly}
              controls={controls}
              view={view}
              rotation={rotation}
              stageRef={stageRef}
              spaceHeld={spaceHeld}
              onHint={setHint}
            />
          )}
        </div>
      </div>
      <p className="lc-image__hint" role="status">
        {status.kind === 'loading' ? 'Loading image…' : message}
      </p>
    </figure>
  );
}
