// End to end: a member asks about product plans in the Agents Playground and sees the plans cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, sendText, waitForCard, clickCardButton, mark, screenshot, keepEvidence,
  waitForNewBotMessage, waitForText,
  PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL || PLAYGROUND_URL;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("a member asks what's planned for PATENTSCOPE, in English and in French with a typo", { timeout: 120_000 }, async () => {
  let page;
  await keepEvidence(() => page, 'plans', async () => {
    page = await openPlayground(browser, { url: MEMBER_URL });

    await mark(page);
    await sendText(page, "what's planned for PATENTSCOPE?");
    const plans = await waitForCard(page, 'PATENTSCOPE', { fresh: true });
    await screenshot(page, 'plans-1-patentscope');
    assert.match(await plans.innerText(), /PATENTSCOPE/);

    const before = await mark(page);
    await clickCardButton(page, plans, 'Follow');
    await waitForNewBotMessage(page, before);
    await waitForText(page, /follow/i);
    await screenshot(page, 'plans-1b-followed');

    await mark(page);
    await sendText(page, 'quoi de neuf pour patenscope ?');
    await waitForCard(page, 'PATENTSCOPE', { fresh: true });
    await screenshot(page, 'plans-2-french-typo');

    await mark(page);
    await sendText(page, 'help');
    const help = await waitForCard(page, 'CollabBot help', { fresh: true });
    await mark(page);
    await clickCardButton(page, help, "What's new");
    await waitForCard(page, "What's new", { fresh: true });
    await screenshot(page, 'plans-3-whats-new');
  });
});
