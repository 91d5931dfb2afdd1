// End to end: a branched survey (docs/survey-branching.json). The member takes the PATENTSCOPE branch, goes
// back and chooses WIPO Lex instead, so the branch is left out ("question 2 of 2") and `back` steps over it;
// then, on the all-in-one card, ticks PATENTSCOPE again and is asked for the branch's required answer.
// Staff see the conditional question "shown to 1 respondent".
// Two Playgrounds play the two people: PLAYGROUND_URL is staff, PLAYGROUND_MEMBER_URL a plain member.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launchBrowser, openPlayground, sendText, waitForCard, waitForText, clickCardButton, mark, screenshot,
  keepEvidence, PLAYGROUND_URL,
} from './playground.mjs';

const MEMBER_URL = process.env.PLAYGROUND_MEMBER_URL;
const survey = JSON.parse(readFileSync(new URL('../docs/survey-branching.json', import.meta.url), 'utf8'));

// A tick box or radio button of an expanded choice set, by its choice's title. A tick box's accessible name also
// holds the card's texts (aria-labelledby), so it is found by its own aria-label; a radio button by its label.
async function tick(card, choice) {
  await card.locator(`input[aria-label="${choice}"]`).or(card.getByRole('radio', { name: choice, exact: true })).first().check();
}

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a branched survey asks the branch only when the answer matches, in both paths', { timeout: 300_000, skip: !MEMBER_URL && 'needs the member Playground' }, async () => {
  let staff;
  let member;
  await keepEvidence(() => member ?? staff, 'branching', async () => {
    // The member opens the app first, so the bot knows where to send the invitation.
    member = await openPlayground(browser, { url: MEMBER_URL });
    staff = await openPlayground(browser, { url: PLAYGROUND_URL });

    await mark(staff);
    await sendText(staff, `import survey ${JSON.stringify(survey)}`);
    await waitForCard(staff, `Imported "${survey.title}"`, { fresh: true });
    await mark(member);
    await sendText(staff, `open survey ${survey.id}`);
    await waitForText(staff, `Opened "${survey.title}"`);

    const invitation = await waitForCard(member, `New survey: ${survey.title}`, { fresh: true });
    await mark(member);
    await clickCardButton(member, invitation, 'Start now');

    // The branch taken: PATENTSCOPE ticked, so its questions are asked.
    const q1 = await waitForCard(member, 'question 1 of 4', { fresh: true });
    await mark(member);
    await tick(q1, 'PATENTSCOPE');
    await clickCardButton(member, q1, 'Next');
    const q2 = await waitForCard(member, 'How often do you use PATENTSCOPE?', { fresh: true });
    assert.match(await q2.innerText(), /question 2 of 4/);
    await mark(member);
    await clickCardButton(member, q2, 'Weekly');
    await waitForCard(member, 'One wish for PATENTSCOPE?', { fresh: true });
    await screenshot(member, 'branching-1-branch-taken');

    // Back to the first question, and WIPO Lex instead: the branch is left out.
    await mark(member);
    await sendText(member, 'back');
    await waitForCard(member, 'Your answer so far: Weekly', { fresh: true });
    await mark(member);
    await sendText(member, 'back');
    await waitForCard(member, 'question 1 of 4', { fresh: true });
    await mark(member);
    await sendText(member, 'WIPO Lex');
    const satisfaction = await waitForCard(member, 'How satisfied are you overall?', { fresh: true });
    assert.match(await satisfaction.innerText(), /question 2 of 2/);
    await screenshot(member, 'branching-2-branch-skipped');

    // `back` steps over the skipped branch.
    await mark(member);
    await sendText(member, 'back');
    const first = await waitForCard(member, 'Which products do you use?', { fresh: true });
    assert.match(await first.innerText(), /question 1 of 2/);
    await mark(member);
    await sendText(member, 'WIPO Lex');
    const again = await waitForCard(member, 'question 2 of 2', { fresh: true });
    await mark(member);
    await clickCardButton(member, again, '4');
    const summary = await waitForCard(member, 'Thank you: your answers are recorded.', { fresh: true });
    const recorded = await summary.innerText();
    assert.match(recorded, /WIPO Lex/);
    assert.doesNotMatch(recorded, /Weekly|How often/);
    await screenshot(member, 'branching-3-recorded');

    // The all-in-one card shows every question with its condition; with PATENTSCOPE ticked, its question is required.
    await mark(member);
    await clickCardButton(member, summary, 'Change my answers');
    const card = await waitForCard(member, 'Only if you chose PATENTSCOPE in question 1.', { fresh: true });
    await tick(card, 'PATENTSCOPE');
    await mark(member);
    await clickCardButton(member, card, 'Send my answers');
    const refused = await waitForCard(member, 'Question 2 needs an answer.', { fresh: true });
    await screenshot(member, 'branching-4-card-refused');
    await tick(refused, 'Daily');
    await mark(member);
    await clickCardButton(member, refused, 'Send my answers');
    // The card becomes the summary, in place.
    await waitForCard(member, /recorded\.[\s\S]*Daily/);
    await screenshot(member, 'branching-5-card-recorded');

    await mark(staff);
    await sendText(staff, `survey results ${survey.id}`);
    const results = await waitForCard(staff, 'Responses', { fresh: true });
    await screenshot(staff, 'branching-6-staff-results');
    const shown = await results.innerText();
    assert.match(shown, /shown to 1 respondent \(only if question 1 is PATENTSCOPE\)/);
    assert.match(shown, /shown to 1 respondent \(only if question 2 is Daily or Weekly\)/);
  });
});
