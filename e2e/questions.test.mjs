// End to end: staff make the team's General channel the staff channel for questions and add a Round Table
// meeting; a member asks a question in the personal chat; it arrives in the channel as a ticket card, which staff
// take and answer from the card itself (updated in place); the member sees the answer.
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, openConversation, sendText, postInChannel, waitForCard, waitForText, clickCardButton,
  fillCardInput, setCardToggle, mark, pane, screenshot, keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
const QUESTION = 'Will PATENTSCOPE index sequence listings in full text?';
const ANSWER = 'Yes: sequence listings become searchable with the March release.';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a member asks; staff answer from the ticket card in the team channel; the member sees the answer',
  { timeout: 240_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
    let staff;
    let member;
    await keepEvidence(() => staff ?? member, 'questions', async () => {
      member = await openPlayground(browser, { url: MEMBER_URL });
      staff = await openPlayground(browser, { url: PLAYGROUND_URL });

      await openConversation(staff, 'My Team - General');
      await mark(staff);
      await postInChannel(staff, 'use this channel for questions');
      await waitForText(staff, 'each new question starts a thread here');
      await screenshot(staff, 'questions-1-staff-channel');

      await openConversation(staff, 'Personal Chat');
      await mark(staff);
      await sendText(staff, 'meetings');
      const meetings = await waitForCard(staff, 'Round Table meetings', { fresh: true });
      await clickCardButton(staff, meetings, 'Add a meeting');
      await fillCardInput(meetings, 'Name', 'Round Table 2026');
      await fillCardInput(meetings, 'Date of the meeting', day(7));
      await fillCardInput(meetings, 'Questions from', day(-1));
      await fillCardInput(meetings, 'Questions until (inclusive)', day(5));
      await fillCardInput(meetings, 'Agenda topics, separated by commas', 'Sequence listings, Machine translation');
      await clickCardButton(staff, meetings, 'Add the meeting');
      await waitForCard(staff, 'Added Round Table 2026');

      await mark(member);
      await sendText(member, `ask a question ${QUESTION}`);
      await waitForCard(member, 'What is it about?', { fresh: true });
      await mark(member);
      await sendText(member, 'Sequence listings');
      const shown = await waitForCard(member, 'How may WIPO show who asked?', { fresh: true });
      await mark(member);
      await clickCardButton(member, shown, 'With my name and user group');
      const share = await waitForCard(member, 'add their voice', { fresh: true });
      await mark(member);
      await clickCardButton(member, share, 'No');
      await waitForText(member, 'is with WIPO staff');
      await screenshot(member, 'questions-2-member-asked');

      await openConversation(staff, 'My Team - General');
      const ticket = await waitForCard(staff, 'Q1: question for Round Table 2026');
      assert.match(await ticket.innerText(), /Megan Bowen/);
      await screenshot(staff, 'questions-3-ticket');
      await clickCardButton(staff, ticket, 'Take it');
      await waitForCard(staff, 'Alex Wilber took it');
      const taken = await waitForCard(staff, 'Q1: question for Round Table 2026');
      await clickCardButton(staff, taken, 'Answer');
      await fillCardInput(taken, 'Answer', ANSWER);
      await setCardToggle(taken, 'Publish in the Round Table Q&A');
      await clickCardButton(staff, taken, 'Send the answer');
      await waitForCard(staff, 'Answer (published):');
      await screenshot(staff, 'questions-4-ticket-answered');

      await waitForText(member, ANSWER);
      await member.waitForTimeout(2000);
      assert.equal(await pane(member).getByText(ANSWER).count(), 1, 'the member is told the answer once');
      await screenshot(member, 'questions-5-member-told');
      await mark(member);
      await sendText(member, 'my questions');
      const mine = await waitForCard(member, 'My questions', { fresh: true });
      assert.match(await mine.innerText(), /answered/);
    });
  });
