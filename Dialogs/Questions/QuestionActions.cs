using System.Globalization;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// "Me too" on a question that looks like the member's: their voice is added once (a keyed hash of them, never their
/// id), they follow it under "my questions" and are told when it moves on; their own draft is dropped.
/// </summary>
public sealed class MeTooAction(IQuestionStore store, AskerKeys askers, IStringLocalizer<QuestionTexts> texts) : ICardAction
{
    public string Verb => QuestionVerbs.MeToo;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[QuestionVerbs.MeetingKey] is not { } meetingId || !int.TryParse(submit[QuestionVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(meetingId, number, cancellationToken) is not { } question || !(question.Published || question.Shareable))
        {
            turn.Say(texts["QuestionGone"]);
            return;
        }
        var me = askers.Hash(turn.Sender.Id);
        if (!await store.AddVoiceAsync(meetingId, number, me, cancellationToken))
        {
            turn.Say(texts["VoiceAlready", question.Id]);
            return;
        }
        var told = askers.For(turn.Sender.Id, QuestionVisibility.Anonymous);
        var after = await store.UpdateAsync(meetingId, number, q => q with { AlsoTell = [.. q.AlsoTell, told] }, cancellationToken) ?? question;
        await store.RecordAskerAsync(me, meetingId, number, cancellationToken);
        if (submit[QuestionVerbs.DraftKey] is { Length: > 0 } draft)
        {
            await store.DeleteDraftAsync(me, draft, cancellationToken);
        }
        turn.Say(texts["VoiceAdded", question.Id, after.Voices + 1]);
    }
}

/// <summary>"Send mine anyway": the draft the duplicates card was shown for goes as it is. Pressed again, it sends nothing more.</summary>
public sealed class SendMineAction(QuestionForms forms, QuestionAsking asking, IStringLocalizer<QuestionTexts> texts) : ICardAction
{
    public string Verb => QuestionVerbs.SendMine;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[QuestionVerbs.DraftKey] is not { Length: > 0 } draftId || await forms.FindDraftAsync(turn.Sender, draftId, cancellationToken) is not { } draft)
        {
            turn.Say(texts["DraftGone"]);
            return;
        }
        await asking.SubmitAsync(turn, draft, checkDuplicates: false, cancellationToken);
    }
}
