// End to end: staff import and open a four-question survey; a member answers it in the Agents Playground with
// buttons and typed answers (one typed answer re-prompted); staff see the counts in the results card.
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launchBrowser, openPlayground, sendText, waitForCard, waitForText, clickCardButton, mark, screenshot,
  keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
const survey = JSON.parse(readFileSync(new URL('../docs/survey-playground.json', import.meta.url), 'utf8'));

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a member completes a four-question survey; staff see the counts', { timeout: 240_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
  let staff;
  let member;
  await keepEvidence(() => member ?? staff, 'surveys', async () => {
    // The member opens the app first, so the bot knows where to send the invitation.
    member = await openPlayground(browser, { url: MEMBER_URL });
    staff = await openPlayground(browser, { url: PLAYGROUND_URL });

    await mark(staff);
    await sendText(staff, `import survey ${JSON.stringify(survey)}`);
    await waitForCard(staff, `Imported "${survey.title}"`, { fresh: true });
    await mark(member);
    await sendText(staff, `open survey ${survey.id}`);
    await waitForText(staff, `Opened "${survey.title}"`);
    await screenshot(staff, 'surveys-1-staff-opened');

    const invitation = await waitForCard(member, `New survey: ${survey.title}`, { fresh: true });
    await screenshot(member, 'surveys-2-member-invited');
    await mark(member);
    await clickCardButton(member, invitation, 'Start now');

    const q1 = await waitForCard(member, 'question 1 of 4', { fresh: true });
    await mark(member);
    await clickCardButton(member, q1, 'PATENTSCOPE');
    const q2 = await waitForCard(member, 'question 2 of 4', { fresh: true });
    await mark(member);
    await clickCardButton(member, q2, '4');
    await waitForCard(member, 'question 3 of 4', { fresh: true });
    await mark(member);
    await sendText(member, 'a dozen');
    await waitForText(member, 'Type a number from 0 to 1000');
    await screenshot(member, 'surveys-3-member-reprompted');
    await mark(member);
    await sendText(member, '12');
    await waitForCard(member, 'question 4 of 4', { fresh: true });
    await mark(member);
    await sendText(member, 'Faster exports');
    await waitForCard(member, 'Thank you: your answers are recorded.', { fresh: true });
    await screenshot(member, 'surveys-4-member-done');

    await mark(staff);
    await sendText(staff, `survey results ${survey.id}`);
    const results = await waitForCard(staff, 'Responses', { fresh: true });
    await screenshot(staff, 'surveys-5-staff-results');
    const shown = await results.innerText();
    assert.match(shown, /PATENTSCOPE/);
    assert.match(shown, /1 \(100%\)/);
    assert.match(shown, /4\.0/);
    assert.match(shown, /Faster exports/);
  });
});
