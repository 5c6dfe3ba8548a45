import { describe, expect, it } from 'vitest';
import { gridTracks } from './columns';

describe('gridTracks', () => {
  it('gives task data the room the fixed columns leave, and sums the widths it needs', () => {
    expect(gridTracks(['id', 'data.text', 'total_annotations'])).toEqual({
      template: '2.75rem 7.5rem 6rem minmax(16rem, 1fr) 8.5rem',
      minWidth: 40.75,
    });
  });
});
