using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// Staff: "briefing pack [meeting]", the documents up front for the next meeting (or the one named): a Word document and
/// Markdown, built off the turn and sent as download links, as survey exports are.
/// </summary>
public sealed class BriefingPackCommand(MeetingFinder meetings, IExportRequests exports, IStringLocalizer<QuestionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("meeting.briefing", Role.Staff,
        ["briefing pack", "briefing", "documents up front", "dossier de reunion", "documentacion previa", "sitzungsunterlagen"], TakesArgument: true)
    {
        Help = new(texts, "Briefing"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (await meetings.FindAsync(argument, cancellationToken) is not { } meeting)
        {
            turn.Say(await meetings.WhichAsync(argument, "briefing pack", cancellationToken));
            return;
        }
        await exports.RequestAsync(new ExportRequest(BriefingPacks.ExportKind, meeting.Id, ExportFormat.Docx, turn.Sender.Id), cancellationToken);
        await exports.RequestAsync(new ExportRequest(BriefingPacks.ExportKind, meeting.Id, ExportFormat.Markdown, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the briefing pack of {meeting.Name} (a Word document and Markdown): I'll send you the download links here in a moment.");
    }
}

/// <summary>The meeting a staff command names: by its id or part of its name, or the next one to be held when none is named.</summary>
public sealed class MeetingFinder(IQuestionStore store, TimeProvider clock)
{
    public async Task<Meeting?> FindAsync(string named, CancellationToken cancellationToken)
    {
        var all = await store.ListMeetingsAsync(cancellationToken);
        var wanted = Phrase.Normalize(named);
        if (wanted.Length == 0)
        {
            var today = clock.GetUtcNow().AddDays(-1);
            return all.Where(m => m.Date >= today).MinBy(m => m.Date) ?? all.MaxBy(m => m.Date);
        }
        var matching = all.Where(m => m.Id == named.Trim() || Phrase.Normalize(m.Name).Contains(wanted, StringComparison.Ordinal)).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    /// <summary>Why no meeting was found, and how to name one.</summary>
    public async Task<string> WhichAsync(string named, string command, CancellationToken cancellationToken)
    {
        var all = await store.ListMeetingsAsync(cancellationToken);
        return all.Count == 0
            ? "There is no meeting yet: type **meetings** to add one."
            : $"Which meeting? Type **{command}** and one of: {string.Join(", ", all.Select(m => m.Name))}.";
    }
}
