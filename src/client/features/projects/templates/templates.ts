import { boundingBoxes, keypoints, polygons } from './image-templates';
import type { ProjectTemplate } from './project-template';
import { dialogue, namedEntities, sentimentRating, textClassification } from './text-templates';

/** The template picker's choices, in the order it shows them. */
export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  textClassification,
  sentimentRating,
  namedEntities,
  boundingBoxes,
  polygons,
  keypoints,
  dialogue,
];

export function templateById(id: string | null): ProjectTemplate | undefined {
  return id === null ? undefined : PROJECT_TEMPLATES.find((t) => t.id === id);
}
