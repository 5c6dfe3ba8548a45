import type { ProjectTemplate } from './project-template';
import { SAMPLE_IMAGE_URL } from './sample-image';

type Label = readonly [value: string, background: string];

/** The image setups differ only in their control: one tag of labels on a zoomable image. */
function imageTemplate(
  head: Omit<ProjectTemplate, 'config' | 'sample'>,
  control: { tag: string; name: string; labels: readonly Label[]; extra?: string },
): ProjectTemplate {
  const labels = control.labels
    .map(([value, background]) => `    <Label value="${value}" background="${background}"/>\n`)
    .join('');
  const open = `<${control.tag} name="${control.name}" toName="image"${control.extra ?? ''}>`;
  return {
    ...head,
    config: `<View>\n  <Image name="image" value="$image" zoom="true"/>\n  ${open}\n${labels}  </${control.tag}>\n</View>\n`,
    sample: { image: SAMPLE_IMAGE_URL },
  };
}

export const boundingBoxes = imageTemplate(
  {
    id: 'image-boxes',
    name: 'Image bounding boxes',
    description: 'Draw a labeled box around every object of interest.',
  },
  {
    tag: 'RectangleLabels',
    name: 'objects',
    extra: ' strokeWidth="2"',
    labels: [
      ['House', '#E8505B'],
      ['Tree', '#4CAF7A'],
      ['Sun', '#F9A825'],
    ],
  },
);

export const polygons = imageTemplate(
  {
    id: 'image-polygons',
    name: 'Image polygons',
    description: 'Trace the outline of each region point by point.',
  },
  {
    tag: 'PolygonLabels',
    name: 'regions',
    extra: ' strokeWidth="2"',
    labels: [
      ['Roof', '#E8505B'],
      ['Lawn', '#4CAF7A'],
    ],
  },
);

export const keypoints = imageTemplate(
  {
    id: 'image-keypoints',
    name: 'Image keypoints',
    description: 'Place single points on landmarks, such as corners or centres.',
  },
  {
    tag: 'KeyPointLabels',
    name: 'points',
    labels: [
      ['Corner', '#A05CC8'],
      ['Centre', '#3D7DE8'],
    ],
  },
);
