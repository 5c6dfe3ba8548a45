import { show } from './json-values';
import type { RatingNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** `{"rating": n}` with n an integer in 1..maxRating. */
export function validateRatingValue(ctx: ItemContext, control: RatingNode): void {
  const rating = ctx.value['rating'];
  if (
    typeof rating !== 'number' ||
    !Number.isInteger(rating) ||
    rating < 1 ||
    rating > control.maxRating
  ) {
    ctx.error(
      'value.rating',
      `rating must be an integer from 1 to ${control.maxRating}, got ${show(rating)}`,
    );
  }
}
