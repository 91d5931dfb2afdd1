// End to end: a member asks WIPO for a speaker at their user group's event, step by step in the personal chat; the
// request arrives in the staff channel as a card; staff review it on the card (a speaker request needs one reviewer),
// the card is updated in place with the decision, and the member is told.
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, openConversation, sendText, postInChannel, waitForCard, waitForText, clickCardButton,
  fillCardInput, chooseInCard, mark, screenshot, keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
const EVENT = 'CEPIUG annual conference';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a member asks for a speaker; staff accept it on the card in the team channel; the member is told',
  { timeout: 240_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
    let staff;
    let member;
    await keepEvidence(() => staff ?? member, 'nominations', async () => {
      member = await openPlayground(browser, { url: MEMBER_URL });
      staff = await openPlayground(browser, { url: PLAYGROUND_URL });

      await openConversation(staff, 'My Team - General');
      await mark(staff);
      await postInChannel(staff, 'use this channel for questions');
      await waitForText(staff, 'each new question starts a thread here');

      const answers = [
        ['request a speaker', 'The name of your event'],
        [EVENT, 'Its date'],
        [day(30), 'Where: a city, or online'],
        ['Munich', 'Who will attend'],
        ['About 120 patent searchers', 'What should the expert speak about?'],
        ['2, 4', 'In which language?'],
        ['English', 'Anything else WIPO should know'],
      ];
      for (const [text, next] of answers) {
        await mark(member);
        await sendText(member, text);
        await waitForCard(member, next, { fresh: true });
      }
      await mark(member);
      await sendText(member, 'A keynote on PATENTSCOPE chemistry search, 45 minutes.');
      await waitForText(member, 'is with WIPO staff');
      await screenshot(member, 'nominations-1-member-asked');

      const card = await waitForCard(staff, /N\d+: Speaker request/);
      assert.match(await card.innerText(), new RegExp(EVENT));
      await screenshot(staff, 'nominations-2-staff-card');
      await clickCardButton(staff, card, 'Review');
      await chooseInCard(card, 'Score', '5 / 5');
      await chooseInCard(card, 'Recommendation', 'Accept');
      await fillCardInput(card, 'Comment', 'Our PATENTSCOPE team can go.');
      await clickCardButton(staff, card, 'Send my review');
      await waitForCard(staff, 'accepted: 1 of 1 reviewers recommend it');
      await screenshot(staff, 'nominations-3-accepted');

      await waitForText(member, 'is now: accepted');
      await mark(member);
      await sendText(member, 'my nominations');
      const mine = await waitForCard(member, 'My nominations', { fresh: true });
      assert.match(await mine.innerText(), /accepted/);
      await screenshot(member, 'nominations-4-member-told');
    });
  });
