using System.Text.RegularExpressions;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// Staff: a survey's definition to change. A draft that the one-card editor holds whole comes on that card (saving keeps
/// its id); any other draft, and an open or closed survey to correct, comes as its JSON on the import card.
/// </summary>
public sealed class EditSurveyOperation(ISurveyStore store, SurveyImporter importer, IOptions<CollabOptions> options, TimeProvider clock)
    : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.edit", Role.Staff,
        ["edit survey", "correct survey", "change survey", "modifier enquete", "corriger enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Edit;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var json = SurveyDefinition.ToJson(survey);
        if (survey.Status is not (SurveyStatus.Draft or SurveyStatus.Scheduled))
        {
            turn.Show(SurveyImportCard.Build(new SurveyImportView(json)
            {
                Heading = $"Correct \"{survey.Title}\"",
                Note = $"\"{survey.Title}\" is {survey.Status.ToString().ToLowerInvariant()}: its answers are kept. {SurveyImporter.CorrectionRules} " +
                    "Keep its id, and press Save.",
            }));
            return;
        }
        if (await OnTheCardAsync(survey, cancellationToken) is { } values)
        {
            turn.Show(SurveyAuthoringCard.Build(SurveyAuthoring.View(options.Value, values, null) with
            {
                Products = AuthorSurveyCommand.Choices(await importer.ProductsAsync(survey, cancellationToken)),
                SurveyId = survey.Id,
            }));
            return;
        }
        turn.Show(SurveyImportCard.Build(new SurveyImportView(json)
        {
            Heading = $"Edit \"{survey.Title}\"",
            Note = $"The draft's definition (docs/survey-format.md). Change it and press Save: the draft is replaced as long as its id stays \"{survey.Id}\".",
        }));
    }

    /// <summary>The draft as the one-card editor's values, when the card holds all of it: its values read back give the same survey.</summary>
    private async Task<Dictionary<string, string>?> OnTheCardAsync(Survey survey, CancellationToken cancellationToken)
    {
        if (survey.Questions.Count > SurveyAuthoringCard.Slots)
        {
            return null;
        }
        var values = SurveyAuthoring.Values(survey);
        var json = SurveyAuthoring.Definition(new CardSubmit(SurveyAuthoringCard.Verb, values), clock.GetUtcNow());
        var (again, _, _) = await importer.ParseAsync(json, survey.CreatedBy, cancellationToken);
        return again is not null && SurveyDefinition.Same(again, survey) ? values : null;
    }
}

/// <summary>
/// Staff: a copy of a survey as a new draft ("round-table-2026-copy", then "-copy-2"...): the same questions, audience
/// and settings, none of its state or answers. A deadline already passed is left out.
/// </summary>
public sealed partial class DuplicateSurveyOperation(ISurveyStore store, SurveyListViews views, TimeProvider clock) : SurveyOperation(store)
{
    private const int MaxCopies = 50;

    public override CommandInfo Info { get; } = new("survey.duplicate", Role.Staff,
        ["duplicate survey", "copy survey", "dupliquer enquete", "duplicar encuesta"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Duplicate;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var passed = survey.Deadline <= now;
        var copy = survey with
        {
            Status = SurveyStatus.Draft,
            OpenedAt = null,
            ClosedAt = null,
            Invited = 0,
            Created = now,
            CreatedBy = turn.Sender.Id.ObjectId,
            Deadline = passed ? null : survey.Deadline,
            Opens = survey.Opens <= now ? null : survey.Opens,
        };
        for (var n = 1; n <= MaxCopies; n++)
        {
            // Insert-if-absent: two staff duplicating at once get two copies, never one overwriting the other.
            if (await Store.AddAsync(copy with { Id = CopyId(survey.Id, n) }, cancellationToken))
            {
                var outcome = $"Duplicated \"{survey.Title}\" as the draft {CopyId(survey.Id, n)}: edit it, then open it." +
                    (passed ? " Its deadline had passed, so the copy has none: set one when you edit it." : "");
                Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
                return;
            }
        }
        turn.Say($"\"{survey.Id}\" has {MaxCopies} copies already: edit one of them instead.");
    }

    /// <summary>"id-copy" for the first copy, "id-copy-2" for the next...; a copy's copy counts on from the original's id.</summary>
    public static string CopyId(string id, int n)
    {
        var original = CopySuffix().Replace(id, "");
        var suffix = n == 1 ? "-copy" : $"-copy-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var room = SurveyImport.MaxIdLength - suffix.Length;
        return (original.Length > room ? original[..room].TrimEnd('-') : original) + suffix;
    }

    [GeneratedRegex(@"-copy(-\d+)?$")]
    private static partial Regex CopySuffix();
}
