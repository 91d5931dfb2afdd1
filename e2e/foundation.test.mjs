// End to end: the bot in the Microsoft 365 Agents Playground, driven in headless Chromium.
// Needs a running Playground (PLAYGROUND_URL, default http://localhost:56150) wired to the bot:
// scripts/e2e.sh starts Azurite, the bot and the Playground, then runs `node --test e2e/`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, sendText, waitForCard, clickCardButton, mark,
  screenshot, keepEvidence, cards,
} from './playground.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('welcome, help, and a help card button in the personal chat', { timeout: 120_000 }, async () => {
  let page;
  await keepEvidence(() => page, 'foundation', async () => {
    page = await openPlayground(browser);
    await waitForCard(page, 'Welcome to CollabBot');
    await screenshot(page, 'foundation-1-welcome');

    await mark(page);
    await sendText(page, 'help');
    const help = await waitForCard(page, 'CollabBot help', { fresh: true });
    await screenshot(page, 'foundation-2-help');

    await mark(page);
    await clickCardButton(page, help, 'My profile');
    await waitForCard(page, 'Your profile', { fresh: true });
    await screenshot(page, 'foundation-3-profile');
    assert.ok(await cards(page).count() >= 3, 'welcome, help and the answer to the button are cards');
  });
});
