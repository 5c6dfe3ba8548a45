import { describe, expect, it } from 'vitest';
import { buildErrorBody } from '../../../test/setup/factories';
import { ApiError, NetworkError } from './api-client';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('never retries 4xx answers', () => {
    expect(shouldRetry(0, new ApiError(404, buildErrorBody(404, 'Not found.')))).toBe(false);
    expect(shouldRetry(0, new ApiError(429, null, 60))).toBe(false);
  });

  it('retries network errors and 5xx a couple of times', () => {
    expect(shouldRetry(0, new NetworkError(new TypeError('offline')))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, null))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, null))).toBe(false);
  });
});
