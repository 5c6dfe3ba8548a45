// Vitest setup for the jsdom "client" project: jest-dom matchers and a clean DOM per test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Lazy routes import their chunk on first render; on a busy 2-core runner, with Vitest
// transforming that module on demand, it can take longer than the default 1 s to appear.
configure({ asyncUtilTimeout: 3000 });

// jsdom does not implement scrolling; React Router's ScrollRestoration calls it on navigation.
window.scrollTo = () => {};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
});
