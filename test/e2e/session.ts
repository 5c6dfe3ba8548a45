// What every browser test does besides clicking: call the API as someone, sign in, and check a
// page's accessibility and look at both sizes.
import type { Page } from 'playwright-core';
import { E2E_ADMIN } from './admin';
import { expectAccessible, screenshot } from './browser';

export interface Credentials {
  email: string;
  password: string;
}

export type Api = <T = Record<string, unknown>>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) => Promise<T>;

/** JSON calls to the server, with the shared E2E admin's token unless another is given. */
export function apiClient(base: string, defaultToken: string = E2E_ADMIN.token): Api {
  return async <T>(method: string, path: string, body?: unknown, token = defaultToken) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Token ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}

/** A user's own API token, fetched with their session as the browser would. */
export async function tokenOf(base: string, who: Credentials): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (!login.ok) throw new Error(`login → ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${base}/api/current-user/token`, { headers: { cookie } });
  return ((await res.json()) as { token: string }).token;
}

/** Signs in on the login page and waits for the project list. */
export async function signIn(page: Page, base: string, who: Credentials = E2E_ADMIN) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
}

/** Checks axe and saves screenshots at 1280×800 and at 200 % zoom (640×400 CSS pixels). */
export async function checkLayouts(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 640, height: 400 });
  await expectAccessible(page);
  await screenshot(page, `${name}-200-percent`);
  await page.setViewportSize({ width: 1280, height: 800 });
}
