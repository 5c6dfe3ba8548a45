// The task data the live preview shows. A real task beats a template's sample, which beats
// made-up values; every key the config reads gets something, so the preview never shows a
// "missing data" placeholder just because the admin renamed a `$variable`.
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import type { ObjectTag } from '../../../../shared/label-config/tag-names';
import type { ObjectNode, ObjectNodeOf } from '../../../../shared/label-config/tag-tree';
import type { VariablePath } from '../../../../shared/label-config/variables';
import { templateKeys } from '../../../../shared/label-config/variables';
import { referencedDataKeys } from '../../../../shared/label-config/summary';
import { SAMPLE_IMAGE_URL } from '../templates/sample-image';

export type TaskData = Readonly<Record<string, unknown>>;

export type SampleSource = 'task' | 'template' | 'generated';

export interface PreviewSample {
  data: TaskData;
  /** Where most of the data came from: the project's first task, the template, or nowhere. */
  source: SampleSource;
  /** Keys no source had, filled with made-up values. */
  generated: string[];
}

const SENTENCE = 'A sample sentence for the preview: Ada Lovelace wrote to Charles Babbage.';

type Generator<K extends ObjectTag> = (node: ObjectNodeOf<K>) => unknown;

/** What each object tag is shown when the data has nothing for it. */
const GENERATORS: { readonly [K in ObjectTag]: Generator<K> } = {
  Text: () => SENTENCE,
  HyperText: () => `<p>${SENTENCE}</p>`,
  Image: () => SAMPLE_IMAGE_URL,
  Paragraphs: (node) => [
    { [node.nameKey]: 'Speaker A', [node.textKey]: 'Hello, could you help me with my order?' },
    { [node.nameKey]: 'Speaker B', [node.textKey]: 'Of course. What is the order number?' },
  ],
};

function generate(node: ObjectNode): unknown {
  return (GENERATORS[node.tag] as Generator<ObjectTag>)(node as never);
}

/** `$doc.pages[0].text` with nothing under `doc`: builds the objects and arrays on the way. */
function nest(path: VariablePath, leaf: unknown): unknown {
  return path.steps.reduceRight<unknown>((inner, step) => {
    if (typeof step === 'number') {
      const list: unknown[] = Array.from({ length: step + 1 }, () => inner);
      return list;
    }
    return { [step]: inner };
  }, leaf);
}

/** The object tags' own values for every key they read (a Header reads plain text). */
function generatedValues(config: LabelConfig): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const node of config.objects.values()) {
    const template = node.value;
    if (template.kind === 'variable') {
      values.set(template.path.key, nest(template.path, generate(node)));
    } else {
      for (const key of templateKeys(template)) if (!values.has(key)) values.set(key, 'sample');
    }
  }
  for (const key of referencedDataKeys(config)) if (!values.has(key)) values.set(key, 'Sample');
  return values;
}

export function previewSample(
  config: LabelConfig,
  task: TaskData | undefined,
  template: TaskData | undefined,
): PreviewSample {
  const data: Record<string, unknown> = { ...template, ...task };
  const generated: string[] = [];
  for (const [key, value] of generatedValues(config)) {
    if (Object.prototype.hasOwnProperty.call(data, key)) continue;
    data[key] = value;
    generated.push(key);
  }
  const source: SampleSource = task ? 'task' : template ? 'template' : 'generated';
  return { data, source, generated };
}
