// End to end: staff compose a newsletter in the personal chat, preview it with its reach (the composer is replaced in
// place by the newsletter's staff card), choose "All members" and send it now; the member gets it and replies with the
// card's reply form; the reply arrives in the staff channel as a card, staff answer it there, and the member is told.
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openPlayground, openConversation, sendText, postInChannel, waitForCard, waitForText, clickCardButton,
  fillCardInput, chooseInCard, mark, pane, botMessages, waitForNewBotMessage, screenshot, keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
// Unique per run: no card of an earlier run (or test) can match.
const RUN = Date.now();
const TITLE = `PATENTSCOPE news ${RUN}`;
const BODY = 'Chemical structure search now covers **every** PCT application published since 1978.\n\n'
  + 'Try it and tell us what you think.';
const REPLY = `Does it cover Markush structures too? (${RUN})`;
const ANSWER = `Not yet: Markush structures come with the autumn release. (${RUN})`;

const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('staff compose, preview and send a newsletter to all members; a member replies; staff answer from the channel',
  { timeout: 240_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
    let staff;
    let member;
    await keepEvidence(() => staff ?? member, 'newsletters', async () => {
      // The member opens the app and says hello first, so the bot has their personal chat to send the newsletter to.
      member = await openPlayground(browser, { url: MEMBER_URL });
      const greeted = await mark(member);
      await sendText(member, 'hello');
      await waitForNewBotMessage(member, greeted);
      staff = await openPlayground(browser, { url: PLAYGROUND_URL });

      // Replies to newsletters go to the staff channel set for questions.
      await openConversation(staff, 'My Team - General');
      await mark(staff);
      await postInChannel(staff, 'use this channel for questions');
      await waitForText(staff, 'each new question starts a thread here');

      // Compose: the composer card, saved and previewed in place.
      await openConversation(staff, 'Personal Chat');
      await mark(staff);
      await sendText(staff, 'new newsletter');
      const composer = await waitForCard(staff, 'New newsletter', { fresh: true });
      await fillCardInput(composer, 'Title', TITLE);
      await fillCardInput(composer, 'Text (Markdown', BODY);
      await screenshot(staff, 'newsletters-1-composer');
      const composed = await mark(staff);
      await clickCardButton(staff, composer, 'Save and preview');

      const draft = await waitForCard(staff, new RegExp(`NL\\d+: ${literal(TITLE)}`));
      const [, number] = (await draft.innerText()).match(/NL(\d+):/);
      const shown = await draft.innerText();
      assert.match(shown, /Draft/);
      assert.match(shown, /Preview \(English\)/);
      assert.match(shown, /Chemical structure search now covers/);
      const reach = shown.match(/It will reach ([\d,]+) (person|people)/);
      assert.ok(reach, `the staff card says how many it will reach:\n${shown}`);
      assert.ok(Number(reach[1].replace(/,/g, '')) >= 1, `it reaches at least the member (${reach[0]})`);
      assert.equal(await botMessages(staff).count(), composed.botMessages, 'the composer is replaced in place: no new message');
      assert.equal(await pane(staff).getByRole('button', { name: 'Save and preview', exact: true }).count(), 0,
        'the composer is gone');
      await screenshot(staff, 'newsletters-2-preview');

      // Send it now to all members.
      await chooseInCard(draft, 'Who gets it', 'All members');
      await mark(member);
      await clickCardButton(staff, draft, 'Send now');
      const sent = await waitForCard(staff, new RegExp(`NL${number}: ${literal(TITLE)}\\s*Sent \\d{4}-\\d\\d-\\d\\d`));
      assert.equal(await sent.getByRole('button', { name: 'Send now', exact: true }).count(), 0, 'a sent newsletter cannot be sent again');
      await screenshot(staff, 'newsletters-3-sent');

      // The member gets it and replies with the card's form (an Action.ShowCard).
      const newsletter = await waitForCard(member, TITLE, { fresh: true });
      assert.match(await newsletter.innerText(), /Chemical structure search now covers/);
      await screenshot(member, 'newsletters-4-member-got-it');

      // Staff's progress card is updated in place until it is done; "Refresh" then shows the deliveries.
      await waitForCard(staff, new RegExp(`Newsletter NL${number}: "${literal(TITLE)}"[\\s\\S]*Done\\.`));
      await clickCardButton(staff, sent, 'Refresh');
      const refreshed = await waitForCard(staff, new RegExp(`NL${number}: ${literal(TITLE)}\\s*Sent [\\s\\S]*Delivered\\s*[1-9]`));
      assert.equal(await refreshed.getByRole('button', { name: 'Stop sending', exact: true }).count(), 0, 'nothing is left to stop');
      await screenshot(staff, 'newsletters-4b-staff-delivered');
      await clickCardButton(member, newsletter, 'Reply');
      await fillCardInput(newsletter, 'Your reply or question to the WIPO team', REPLY);
      await clickCardButton(member, newsletter, 'Send');
      await waitForText(member, 'your reply went to the WIPO team');
      await screenshot(member, 'newsletters-5-member-replied');

      // The reply arrives in the staff channel; staff answer it from the card, updated in place.
      await openConversation(staff, 'My Team - General');
      const ticketTitle = `NL${number}-R1: reply to "${TITLE}"`;
      const ticket = await waitForCard(staff, ticketTitle);
      const ticketText = await ticket.innerText();
      assert.match(ticketText, /Megan Bowen/);
      assert.ok(ticketText.includes(REPLY), `the reply card shows the reply:\n${ticketText}`);
      await screenshot(staff, 'newsletters-6-reply-card');
      await clickCardButton(staff, ticket, 'Answer');
      await fillCardInput(ticket, 'Answer', ANSWER);
      await clickCardButton(staff, ticket, 'Send the answer');
      const answered = await waitForCard(staff, new RegExp(`${literal(ticketTitle)}[\\s\\S]*Answered by Alex Wilber`));
      assert.ok((await answered.innerText()).includes(ANSWER), 'the reply card shows the answer');
      assert.equal(await answered.getByRole('button', { name: 'Answer', exact: true }).count(), 0, 'an answered reply has no Answer button');
      await screenshot(staff, 'newsletters-7-reply-answered');

      await waitForText(member, `The WIPO team answered your reply to "${TITLE}"`);
      await waitForText(member, ANSWER);
      await screenshot(member, 'newsletters-8-member-told');
    });
  });
