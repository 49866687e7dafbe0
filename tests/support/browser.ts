import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { createUser } from '../../src/platform/auth/users.ts';
import { systemActor } from '../../src/platform/audit/service.ts';
import { findBoard } from '../../src/modules/network/service.ts';
import type { Role } from '../../src/platform/auth/schema.ts';

/** Debian's Chromium; CHROMIUM_PATH overrides it. Browser downloads do not work on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Journey {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every page visited, with its axe violations, for one assertion at the end. */
  checked: string[];
  close: () => Promise<void>;
}

/** A real server on a free port and a real Chromium, for journeys as a person would take them. */
export async function startJourney(): Promise<Journey> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; install Debian's chromium package`);
  const t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  return {
    t,
    baseUrl,
    browser,
    context,
    page,
    checked: [],
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/** Runs axe (WCAG 2.0-2.2 A and AA) on the page as it is now and fails on any violation. */
export async function expectAccessible(journey: Journey, label = journey.page.url()): Promise<void> {
  const results = await new AxeBuilder({ page: journey.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  journey.checked.push(label);
  const problems = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(problems, `axe violations on ${label}`).toEqual([]);
}

/** Visit a path and check it with axe. */
export async function visit(journey: Journey, path: string): Promise<void> {
  const response = await journey.page.goto(path);
  expect(response?.status(), `status of ${path}`).toBeLessThan(400);
  await expectAccessible(journey, path);
}

export async function createJourneyUser(journey: Journey, role: Role, opts: { email: string; name: string; password: string; board?: string }) {
  const board = opts.board ? await findBoard(journey.t.database.db, opts.board) : null;
  return createUser(journey.t.database.db, systemActor('test'), { email: opts.email, name: opts.name, role, boardId: board?.id ?? null, password: opts.password });
}

export async function signInThroughForm(journey: Journey, email: string, password: string): Promise<void> {
  const { page } = journey;
  await page.goto('/sign-in');
  await expectAccessible(journey, '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
