/** A ready-made labeling setup: a config to start from and a task to try it on. */
export interface ProjectTemplate {
  /** Stable key, used in element ids. */
  readonly id: string;
  readonly name: string;
  /** One sentence: what the annotator does with it. */
  readonly description: string;
  readonly config: string;
  /** `task.data` for the live preview; keys match the config's `$variables`. */
  readonly sample: Readonly<Record<string, unknown>>;
}
