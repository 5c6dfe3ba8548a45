import { forEachMinRow } from './min-rows';
import type { Formatter } from './types';

/** Label Studio's JSON_MIN: a flat list of rows (see min-rows.ts), one per line. */
export const jsonMinFormat: Formatter = {
  title: 'JSON-MIN',
  description:
    'List of flat rows, one per annotation: the task data, the task id, one key per control ' +
    'with its values, and the annotator, annotation id, dates and lead time.',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  needs: () => ({
    rows: 'min',
    predictions: 'none',
    drafts: false,
    users: true,
    reviews: false,
  }),
  open: ({ config }) => {
    let first = true;
    return {
      batch(b) {
        let out = '';
        forEachMinRow(config, b, (row) => {
          out += (first ? '[\n' : ',\n') + JSON.stringify(row);
          first = false;
        });
        return out;
      },
      end: () => (first ? '[]\n' : '\n]\n'),
    };
  },
};
