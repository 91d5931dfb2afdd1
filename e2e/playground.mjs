// Helpers to drive the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground 0.2.28) in
// headless Debian Chromium with playwright-core. What the Playground's page looks like (learned, not documented):
//
//  - The left sidebar lists conversations as treeitems: "Personal Chat", "Group Chat", "My Team - General",
//    "My Team - Announcements". It also previews the last message text, and the right-hand Log Panel repeats
//    message texts: every text lookup here is scoped to the conversation pane (`pane(page)`).
//  - Every page load sends installationUpdate + conversationUpdate for the personal chat (a new welcome, an
//    empty history). The first visit of the group chat or a channel sends them for that conversation too.
//  - Chats (personal, group): one composer `[data-lexical-editor][role=textbox]` (Lexical), Enter sends.
//    Bot messages carry an avatar `[role=img][aria-label=<bot name>]` and a `.fai-OutputCard` holding either an
//    Adaptive Card (`.ac-adaptiveCard`) or a `<p>` of text. The user's own messages have no avatar.
//  - Channels: a "Start a new post" editor (the first Lexical editor) sent with the "Post" button; posts are
//    `[role=group].fui-Card`, newest first, each with its replies and its own reply editor (Enter sends).
//  - Group chat and channels only forward messages that @mention the bot: type "@" and pick the bot's
//    `role=menuitem`; the bot receives `<at>CollabBot</at> help` plus a mention entity.
//  - Cards are drawn by the Playground's own Fluent UI renderer: Action.Submit buttons are
//    `button[name=<title>]`; Input.Text is a textbox, Input.Number a spinbutton, Input.Date a combobox (type
//    YYYY-MM-DD), compact ChoiceSet a combobox + `option`s, multi-select a combobox + `menuitemcheckbox`es,
//    expanded ChoiceSet a radiogroup, Input.Toggle a checkbox named "<label> <title>". All input values reach the
//    bot as strings ("4", "true", "a,b" for multi-select) merged into Action.Submit's `data`.
//  - A card button sends a message activity with `value` (the data + inputs), no text, and `replyToId` = the
//    card's activity id; no user bubble is shown. Updating that activity (PUT) re-renders the card in place.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const PLAYGROUND_URL = process.env.PLAYGROUND_URL || 'http://localhost:56150';
export const BOT_NAME = process.env.E2E_BOT_NAME || 'CollabBot';
/** The longest any single wait may take. */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS || 30_000);
export const ARTIFACTS_DIR = path.resolve(repoRoot, process.env.E2E_ARTIFACTS || path.join('artifacts', 'e2e'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

const isLocal = (url) => /^(https?|wss?):\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url)
  || /^(data|blob|about):/.test(url);

/**
 * Starts Chromium with a fresh profile (its own --user-data-dir, deleted on close). Requests to other hosts
 * (the Playground's CDN fonts and animations) are aborted at once, so nothing waits on the network.
 * Returns { context, newPage(), close() }.
 */
export async function launchBrowser({ viewport = { width: 1400, height: 1000 } } = {}) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'collabbot-e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      locale: 'en-US',
      timezoneId: 'UTC',
      timeout: WAIT_MS,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  context.setDefaultTimeout(WAIT_MS);
  await context.route((url) => !isLocal(url.href), (route) => route.abort());
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The conversation pane: the outermost block holding the composer but neither the sidebar nor the log. */
export function pane(page) {
  return page.locator('div')
    .filter({ has: page.locator('[data-lexical-editor]') })
    .filter({ hasNot: page.getByRole('treeitem') })
    .filter({ hasNot: page.getByText('Log Panel', { exact: true }) })
    .first();
}

/** Adaptive Cards in the conversation pane, optionally only those containing `text`. */
export function cards(page, text) {
  const all = pane(page).locator('.ac-adaptiveCard');
  return text === undefined ? all : all.filter({ hasText: text });
}

/** One avatar per bot message, in chats and channels alike. */
export function botMessages(page, botName = BOT_NAME) {
  return pane(page).locator(`[role=img][aria-label="${botName}"]`);
}

/**
 * Opens the Playground in a new page and waits for the welcome card of the personal chat
 * (`welcomeText`; pass null to skip). Returns the page.
 */
export async function openPlayground(browser, { url = PLAYGROUND_URL, welcomeText = 'Welcome to CollabBot' } = {}) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: WAIT_MS });
  await page.getByRole('treeitem', { name: 'Personal Chat' }).waitFor({ timeout: WAIT_MS });
  await page.locator('[data-lexical-editor]').first().waitFor({ timeout: WAIT_MS });
  if (welcomeText) await waitForCard(page, welcomeText);
  return page;
}

/** Switches to "Personal Chat", "Group Chat", "My Team - General" or "My Team - Announcements". */
export async function openConversation(page, name, { welcomeText } = {}) {
  await page.getByRole('treeitem', { name, exact: true }).click();
  await pane(page).locator('[data-lexical-editor]').first().waitFor({ timeout: WAIT_MS });
  if (welcomeText) await waitForCard(page, welcomeText);
}

async function typeInto(page, editor, text, mention, botName) {
  await editor.click();
  if (mention) {
    await page.keyboard.type('@');
    await page.getByRole('menuitem', { name: botName }).first().click({ timeout: WAIT_MS });
    await page.keyboard.type(text ? ` ${text}` : '');
  } else {
    await page.keyboard.type(text);
  }
}

async function waitUntilEmpty(editor) {
  await editor.page().waitForFunction((el) => el.innerText.trim() === '', await editor.elementHandle(),
    { timeout: WAIT_MS });
}

/**
 * Sends `text` in the current chat (personal or group). With `mention`, starts with an @mention of the bot,
 * which the group chat and channels require. In a channel this starts a new post (see postInChannel).
 */
export async function sendText(page, text, { mention = false, botName = BOT_NAME } = {}) {
  if (await pane(page).getByRole('button', { name: 'Post', exact: true }).count() > 0) {
    return postInChannel(page, text, { mention, botName });
  }
  const editor = pane(page).locator('[data-lexical-editor]').last();
  await typeInto(page, editor, text, mention, botName);
  await page.keyboard.press('Enter');
  await waitUntilEmpty(editor);
}

/** Starts a new post in the current channel (mentioning the bot by default) and sends it with "Post". */
export async function postInChannel(page, text, { mention = true, botName = BOT_NAME } = {}) {
  const editor = pane(page).locator('[data-lexical-editor]').first();
  await typeInto(page, editor, text, mention, botName);
  await pane(page).getByRole('button', { name: 'Post', exact: true }).click();
  await waitUntilEmpty(editor);
}

/** Replies in the thread of the channel post containing `postText` (mentioning the bot by default). */
export async function replyInThread(page, postText, text, { mention = true, botName = BOT_NAME } = {}) {
  const post = pane(page).locator('[role=group].fui-Card').filter({ hasText: postText }).first();
  const editor = post.locator('[data-lexical-editor]').last();
  await typeInto(page, editor, text, mention, botName);
  await page.keyboard.press('Enter');
  await waitUntilEmpty(editor);
}

/**
 * Marks what the pane shows now, so a later wait can insist on something new. Marks live on DOM nodes:
 * switching conversations re-creates them, so mark after switching.
 */
export async function mark(page) {
  await pane(page).evaluate((root) => {
    for (const el of root.querySelectorAll('.ac-adaptiveCard')) {
      el.setAttribute('data-e2e-seen', '1');
    }
  });
  return { botMessages: await botMessages(page).count() };
}

/**
 * Waits for a card containing `text` (a string matches case-insensitively as a substring; a RegExp as is)
 * and returns a locator pinned to that card (the last such one). With `fresh: true`, only a card that arrived
 * after `mark()`. A card updated in place keeps its pin as long as the Playground keeps its DOM node.
 */
export async function waitForCard(page, text, { fresh = false, timeout = WAIT_MS } = {}) {
  const base = pane(page).locator(fresh ? '.ac-adaptiveCard:not([data-e2e-seen])' : '.ac-adaptiveCard');
  const card = base.filter({ hasText: text }).last();
  try {
    await card.waitFor({ state: 'visible', timeout });
  } catch (err) {
    const shown = await cards(page).allInnerTexts().catch(() => []);
    throw new Error(`no ${fresh ? 'new ' : ''}card containing ${text} within ${timeout} ms; cards shown:\n`
      + shown.map((t) => `  - ${t.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n'), { cause: err });
  }
  // Pin the found card with an id of its own, so the locator keeps pointing at it after the next mark().
  const id = `card-${++pinned}`;
  await card.evaluate((el, value) => el.setAttribute('data-e2e-card', value), id);
  return pane(page).locator(`.ac-adaptiveCard[data-e2e-card="${id}"]`);
}
let pinned = 0;

/** Waits until the pane shows `text` anywhere (bot text replies, user bubbles, cards). */
export async function waitForText(page, text, { timeout = WAIT_MS } = {}) {
  const found = pane(page).getByText(text).last();
  await found.waitFor({ state: 'visible', timeout });
  return found;
}

/** Waits until more bot messages show than `since.botMessages` (from mark()); returns the new count. */
export async function waitForNewBotMessage(page, since, { timeout = WAIT_MS } = {}) {
  const messages = botMessages(page);
  const deadline = Date.now() + timeout;
  for (;;) {
    const count = await messages.count();
    if (count > since.botMessages) return count;
    if (Date.now() > deadline) {
      throw new Error(`no new bot message within ${timeout} ms (still ${count})`);
    }
    await page.waitForTimeout(100);
  }
}

/** Clicks the button `buttonName` (exact) on the last card containing `card` (text or a card locator). */
export async function clickCardButton(page, card, buttonName) {
  const target = typeof card === 'string' || card instanceof RegExp ? await waitForCard(page, card) : card;
  await target.getByRole('button', { name: buttonName, exact: true }).click();
}

/** Types into an Input.Text, Input.Number or Input.Date (YYYY-MM-DD) of `card`, found by its label. */
export async function fillCardInput(card, label, value) {
  const input = card.getByRole('textbox', { name: label })
    .or(card.getByRole('spinbutton', { name: label }))
    .or(card.getByRole('combobox', { name: label }));
  await input.first().fill(String(value));
}

/**
 * Picks choices of an Input.ChoiceSet of `card`, found by its label: compact (combobox + options),
 * multi-select (combobox + menuitemcheckboxes) or expanded (radios / checkboxes).
 */
export async function chooseInCard(card, label, ...choices) {
  const page = card.page();
  const combobox = card.getByRole('combobox', { name: label });
  if (await combobox.count() > 0) {
    await combobox.first().click();
    for (const choice of choices) {
      await page.getByRole('option', { name: choice, exact: true })
        .or(page.getByRole('menuitemcheckbox', { name: choice, exact: true }))
        .first().click();
    }
    if (await page.getByRole('menuitemcheckbox').count() > 0) await page.keyboard.press('Escape');
    return;
  }
  const group = card.getByRole('radiogroup', { name: label });
  if (await group.count() > 0) {
    await group.first().getByRole('radio', { name: choices[0], exact: true }).check();
    return;
  }
  for (const choice of choices) await card.getByRole('checkbox', { name: choice, exact: true }).check();
}

/**
 * Sets an Input.Toggle of `card`, found by its title or label (its accessible name joins label and title,
 * e.g. "Agree I agree", so the match is by substring).
 */
export async function setCardToggle(card, title, on = true) {
  await card.getByRole('checkbox', { name: title }).first().setChecked(on);
}

/** Saves a PNG of the page to ARTIFACTS_DIR/<name>.png and returns its path. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, timeout: WAIT_MS });
  return file;
}

/**
 * Runs `fn`; when it throws, keeps a screenshot and the page's HTML as <name>-failure.* first.
 * `pageOrGetter` is the page, or a function returning it (for a page `fn` opens itself).
 */
export async function keepEvidence(pageOrGetter, name, fn) {
  try {
    return await fn();
  } catch (err) {
    const page = typeof pageOrGetter === 'function' ? pageOrGetter() : pageOrGetter;
    if (page && !page.isClosed()) {
      await screenshot(page, `${name}-failure`).catch(() => {});
      const html = await page.content().catch(() => '');
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      writeFileSync(path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}-failure.html`), html);
    }
    throw err;
  }
}
