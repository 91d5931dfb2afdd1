// End to end: a member sends WIPO feedback from the "contribute" card, answering the form step by step with its buttons,
// its list and text; the feedback arrives in the staff channel as a card; staff take it and answer it on the card, which
// is updated in place each time; the member is told the answer and finds it under "my contributions".
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, openConversation, sendText, postInChannel, waitForCard, waitForText, clickCardButton,
  fillCardInput, chooseInCard, mark, botMessages, screenshot, keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
// Unique per run: no card of an earlier run (or test) can match.
const RUN = Date.now();
const WHAT = `Full texts of CN documents are unreadable after OCR (${RUN}).`;
const ANSWER = `We are re-running OCR on those documents this month (${RUN}).`;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a member sends feedback; staff take it and answer it on the card in the team channel; the member is told',
  { timeout: 240_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
    let staff;
    let member;
    await keepEvidence(() => staff ?? member, 'contributions', async () => {
      member = await openPlayground(browser, { url: MEMBER_URL });
      staff = await openPlayground(browser, { url: PLAYGROUND_URL });

      // Contributions' cards go to the staff channel set for questions.
      await openConversation(staff, 'My Team - General');
      await mark(staff);
      await postInChannel(staff, 'use this channel for questions');
      await waitForText(staff, 'each new question starts a thread here');

      // "contribute": the channels card; its Feedback button starts the form.
      await mark(member);
      await sendText(member, 'contribute');
      const channels = await waitForCard(member, 'Work with WIPO', { fresh: true });
      await mark(member);
      await clickCardButton(member, channels, 'Feedback');

      // Step by step: the product from the list, the next two by their buttons, the text typed, the last by its button.
      const product = await waitForCard(member, 'Which product or service is it about?', { fresh: true });
      await chooseInCard(product, 'Choose one', 'PATENTSCOPE');
      await mark(member);
      await clickCardButton(member, product, 'Next');
      const about = await waitForCard(member, 'Is it general, or about one case?', { fresh: true });
      await mark(member);
      await clickCardButton(member, about, 'One case');
      await waitForCard(member, 'What happened, or what would you like?', { fresh: true });
      await mark(member);
      await sendText(member, WHAT);
      const importance = await waitForCard(member, 'How important is it to you?', { fresh: true });
      await mark(member);
      await clickCardButton(member, importance, 'High');
      const contact = await waitForCard(member, 'May WIPO contact you about it?', { fresh: true });
      await screenshot(member, 'contributions-1-member-form');
      await mark(member);
      await clickCardButton(member, contact, 'Yes');
      const thanks = await waitForText(member, /your Feedback is with WIPO staff as F\d+/);
      const [code] = (await thanks.innerText()).match(/F\d+/);
      await screenshot(member, 'contributions-2-member-sent');

      // The staff card: take it, then answer it; it is updated in place each time, no new message in the channel.
      const heading = `${code}: Feedback · PATENTSCOPE`;
      const card = await waitForCard(staff, heading);
      const received = await card.innerText();
      assert.match(received, /received, nobody took it yet/);
      assert.ok(received.includes(WHAT), `the card shows the feedback:\n${received}`);
      assert.match(received, /Megan Bowen/);
      await screenshot(staff, 'contributions-3-staff-card');
      const posted = await mark(staff);
      await clickCardButton(staff, card, 'Take it');
      const taken = await waitForCard(staff, new RegExp(`${heading}[\\s\\S]*Taken by\\s*Alex Wilber`));
      assert.equal(await taken.getByRole('button', { name: 'Take it', exact: true }).count(), 0, 'a taken card has no Take button');
      await clickCardButton(staff, taken, 'Answer');
      await fillCardInput(taken, 'Your answer (the member reads it)', ANSWER);
      await clickCardButton(staff, taken, 'Send the answer');
      const answered = await waitForCard(staff, new RegExp(`${heading}\\s*Status\\s*answered`));
      const answeredText = await answered.innerText();
      assert.ok(answeredText.includes(ANSWER), `the card shows the answer:\n${answeredText}`);
      assert.equal(await answered.getByRole('button', { name: 'Answer', exact: true }).count(), 0, 'an answered card has no Answer button');
      assert.equal(await botMessages(staff).count(), posted.botMessages, 'the card is updated in place: no new message');
      await screenshot(staff, 'contributions-4-staff-answered');

      // The member is told, and finds it under "my contributions".
      const told = await waitForCard(member, `WIPO answered your Feedback ${code}`);
      assert.ok((await told.innerText()).includes(ANSWER), 'the member reads the answer');
      await screenshot(member, 'contributions-5-member-told');
      await mark(member);
      await sendText(member, 'my contributions');
      const mine = await waitForCard(member, new RegExp(`My contributions[\\s\\S]*${code} · Feedback · PATENTSCOPE`), { fresh: true });
      const mineText = await mine.innerText();
      assert.match(mineText, new RegExp(`${code} · Feedback · PATENTSCOPE\\s*answered`));
      assert.ok(mineText.includes(ANSWER), `"my contributions" shows the answer:\n${mineText}`);
      await screenshot(member, 'contributions-6-my-contributions');
    });
  });
