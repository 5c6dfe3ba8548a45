import { show } from './json-values';
import type { TextAreaNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** `{"text": ["line", ...]}`: always a list of strings, at most maxSubmissions of them. */
export function validateTextAreaValue(ctx: ItemContext, control: TextAreaNode): void {
  const text = ctx.value['text'];
  const field = 'value.text';
  if (!Array.isArray(text)) {
    ctx.error(field, `text must be a list of strings, got ${show(text)}`);
    return;
  }
  const bad = text.find((t) => typeof t !== 'string');
  if (bad !== undefined) ctx.error(field, `text entries must be strings, got ${show(bad)}`);
  if (control.maxSubmissions !== undefined && text.length > control.maxSubmissions) {
    ctx.error(field, `${text.length} entries exceed maxSubmissions=${control.maxSubmissions}`);
  }
}
