using System.Globalization;
using CollabBot.Cards.Delivery;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Files;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// Staff: "minutes [meeting]", what the minutes of the last meeting (or the one named) hold so far, with the buttons to
/// send them to every member and to download them as Word or Markdown. Outcomes are recorded on the tickets.
/// </summary>
public sealed class MinutesCommand(MeetingFinder meetings, IQuestionStore store, TimeProvider clock, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("meeting.minutes", Role.Staff,
        ["minutes", "meeting minutes", "proces verbal", "compte rendu", "acta", "protokoll"], TakesArgument: true)
    {
        Help = new(texts, "Minutes"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(argument, cancellationToken) is not { } meeting
            || await Minutes.BuildAsync(store, meeting.Id, clock.GetUtcNow(), cancellationToken) is not { } minutes)
        {
            turn.Say(await meetings.WhichAsync(argument, "minutes", cancellationToken));
            return;
        }
        turn.Show(MinutesOverviewCard.Build(new MinutesOverview(meeting.Id, meeting.Name, minutes.InMeeting.Count, minutes.InMinutes.Count,
            minutes.FollowUps.Count, minutes.Others.Count)));
    }
}
/// <summary>Staff send a meeting's minutes to every member (once), each in their language; the card shows them go out.</summary>
public sealed class SendMinutesAction(IQuestionStore store, IDeliveries deliveries) : ICardAction
{
    public string Verb => QuestionVerbs.SendMinutes;

    public Role Required => Role.Staff;

    public static string BroadcastOf(string meetingId) => $"minutes:{meetingId}";

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await store.FindMeetingAsync(submit[QuestionVerbs.MeetingKey] ?? "", cancellationToken) is not { } meeting)
        {
            turn.Say("That meeting no longer exists.");
            return;
        }
        var sent = await deliveries.BroadcastAsync(new BroadcastRequest(BroadcastOf(meeting.Id), Audience.MembersOf([]), MinutesContent.Kind, meeting.Id,
            DeliveryPriority.Bulk, $"Minutes of {meeting.Name}"), cancellationToken);
        turn.Say(sent ? $"The minutes of {meeting.Name} are going to every member, as fast as Teams allows."
            : $"The minutes of {meeting.Name} were already sent; members find the answers under **round table q&a**.");
        if (sent && await deliveries.ProgressAsync(BroadcastOf(meeting.Id), cancellationToken) is { } progress)
        {
            turn.Add(new CardReply(ProgressCard.Build(CancelBroadcastAction.View(progress))) { Tracks = progress.Id });
        }
    }
}

/// <summary>Staff download a meeting's minutes as Word or Markdown (built off the turn, as other exports).</summary>
public sealed class ExportMinutesAction(IQuestionStore store, IExportRequests exports) : ICardAction
{
    public string Verb => QuestionVerbs.ExportMinutes;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await store.FindMeetingAsync(submit[QuestionVerbs.MeetingKey] ?? "", cancellationToken) is not { } meeting)
        {
            turn.Say("That meeting no longer exists.");
            return;
        }
        if (!Enum.TryParse<ExportFormat>(submit[QuestionVerbs.FormatKey], out var format) || format is not (ExportFormat.Docx or ExportFormat.Markdown))
        {
            turn.Say("That button is missing its format; type **minutes** again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(Minutes.ExportKind, meeting.Id, format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the minutes of {meeting.Name} as {(format == ExportFormat.Docx ? "a Word document" : "Markdown")}: I'll send you the link here in a moment.");
    }
}

/// <summary>The minutes as a member gets them, in their language, as they stand when sent.</summary>
public sealed class MinutesContent(IQuestionStore store, TimeProvider clock, IStringLocalizer<QuestionTexts> texts) : IDeliveryContent
{
    public const string Kind = "meeting.minutes";

    string IDeliveryContent.Kind => Kind;

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        if (await Minutes.BuildAsync(store, payload, clock.GetUtcNow(), cancellationToken) is not { } minutes)
        {
            return null;
        }
        var entries = minutes.ForMembers.Select(q => new MinutesEntry(q.Id, q.Text, Outcome(q), q.Answer, q.MinutesNote)).ToList();
        var meeting = minutes.Meeting;
        return new CardReply(MinutesCard.Build(new MinutesView(texts["MinutesHeading", meeting.Name],
            texts["MinutesIntro", meeting.Date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)], entries, texts["MinutesEmpty"], texts["Answer"],
            texts["MinutesMore", entries.Count - MinutesCard.MaxShown])));
    }

    private string Outcome(Question q) => q.Outcome switch
    {
        QuestionOutcome.AnsweredInMeeting => texts["OutcomeInMeeting"],
        QuestionOutcome.FollowUp when q.FollowUpDue is { } due => texts["OutcomeFollowUp", due.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)],
        _ => texts["OutcomeInMinutes"],
    };
}
