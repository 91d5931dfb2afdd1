using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// An invitation or a reminder, built for one member when it is sent: in their language, with how far they got, and
/// nothing at all once the survey has closed or they have finished it.
/// </summary>
public abstract class SurveyInvitations(ISurveyStore store, RespondentKeys keys, IStringLocalizer<SurveyTexts> texts, TimeProvider clock) : IDeliveryContent
{
    public const string Invite = "survey.invite";
    public const string Remind = "survey.remind";

    public abstract string Kind { get; }

    protected abstract bool IsReminder { get; }

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        // As stored now: a survey another instance closed a moment ago (by staff, or at its N responses) gets no more invitations.
        if (await store.FindLatestAsync(payload, cancellationToken) is not { Status: SurveyStatus.Open } survey
            || survey.Deadline is { } deadline && deadline <= clock.GetUtcNow())
        {
            return null;
        }
        var response = await store.FindResponseAsync(survey, keys.For(survey, recipient.Member), cancellationToken);
        if (response?.Complete == true)
        {
            return null;
        }
        return new CardReply(InvitationCard.Build(new InvitationView(survey.Id, survey.Title, survey.Intro, survey.Questions.Count, survey.Deadline,
            survey.Anonymous, IsReminder, response?.Answers.Count(a => a.Value.Length > 0) ?? 0), SurveyTexts.Labels(texts)));
    }
}

public sealed class SurveyInvitation(ISurveyStore store, RespondentKeys keys, IStringLocalizer<SurveyTexts> texts, TimeProvider clock)
    : SurveyInvitations(store, keys, texts, clock)
{
    public override string Kind => Invite;

    protected override bool IsReminder => false;
}

public sealed class SurveyReminder(ISurveyStore store, RespondentKeys keys, IStringLocalizer<SurveyTexts> texts, TimeProvider clock)
    : SurveyInvitations(store, keys, texts, clock)
{
    public override string Kind => Remind;

    protected override bool IsReminder => true;
}
