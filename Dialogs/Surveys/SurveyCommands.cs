using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>Staff: the list of surveys, with what can be done to each.</summary>
public sealed class SurveysCommand(SurveyListViews views, IStringLocalizer<SurveyTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("survey.list", Role.Staff,
        ["surveys", "manage surveys", "all surveys", "list surveys", "enquetes", "encuestas", "umfragen"])
    {
        Help = new(texts, "Surveys"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(SurveyListCard.Build(await views.BuildAsync(null, cancellationToken)));
}

/// <summary>The staff list of surveys, with each one's answers and invitations so far.</summary>
public sealed class SurveyListViews(ISurveyStore store, SurveyCampaigns campaigns)
{
    public async Task<SurveyListView> BuildAsync(string? lastAction, CancellationToken cancellationToken)
    {
        var surveys = await store.ListAsync(cancellationToken);
        var items = new List<SurveyListItem>();
        foreach (var listed in surveys.OrderByDescending(s => s.Created))
        {
            // Only the counts of open and closed surveys are shown: a partition read or two each, staff only.
            var s = await campaigns.WithInvitedAsync(listed, cancellationToken);
            var complete = s.Status == SurveyStatus.Draft ? 0 : (await store.ListResponsesAsync(s.Id, cancellationToken)).Count(r => r.Complete);
            items.Add(new SurveyListItem(s.Id, s.Title, s.Status.ToString(), s.Questions.Count, s.Anonymous, s.AudienceText, s.Deadline, complete, s.Invited));
        }
        return new SurveyListView(items, lastAction);
    }
}

/// <summary>Staff: add a survey from its JSON definition (typed after the command, or pasted on the import card).</summary>
public sealed class ImportSurveyCommand(SurveyImporter importer, IStringLocalizer<SurveyTexts> texts) : ICommand
{
    public const string Name = "survey.import";

    public CommandInfo Info { get; } = new(Name, Role.Staff,
        ["import survey", "add survey", "importer enquete", "importer une enquete", "importar encuesta", "umfrage importieren"], TakesArgument: true)
    {
        Help = new(texts, "ImportSurvey"),
    };

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            turn.Show(SurveyImportCard.Build(new SurveyImportView()));
            return Task.CompletedTask;
        }
        return importer.ImportAsync(turn, argument, cancellationToken);
    }
}

public sealed class ImportSurveyAction(SurveyImporter importer) : ICardAction
{
    public string Verb => SurveyVerbs.Import;

    public Role Required => Role.Staff;

    public Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken) =>
        importer.ImportAsync(turn, submit[SurveyVerbs.DefinitionInput] ?? "", cancellationToken);
}

public sealed class SurveyImporter(ISurveyStore store, SurveyListViews views, IOptions<CollabOptions> options, TimeProvider clock)
{
    public async Task ImportAsync(Turn turn, string json, CancellationToken cancellationToken)
    {
        var problems = await TryImportAsync(turn, json, cancellationToken);
        if (problems.Count > 0)
        {
            turn.Show(SurveyImportCard.Build(new SurveyImportView(json, [.. problems.Select(p => p.ToString())])));
        }
    }

    /// <summary>Saves the definition as a draft and shows the surveys card; otherwise returns what is wrong.</summary>
    public async Task<IReadOnlyList<ImportProblem>> TryImportAsync(Turn turn, string json, CancellationToken cancellationToken)
    {
        var (survey, problems) = SurveyImport.Parse(json, turn.Sender.Id.ObjectId, clock.GetUtcNow(), options.Value.UserGroups);
        if (survey is null)
        {
            return problems;
        }
        var existing = await store.FindAsync(survey.Id, cancellationToken);
        if (existing is { Status: not SurveyStatus.Draft })
        {
            return [new ImportProblem(1, "id", $"the survey \"{survey.Id}\" is already {existing.Status.ToString().ToLowerInvariant()}; its questions can't change. Give the new one another id.")];
        }
        await store.SaveAsync(survey, cancellationToken);
        var what = existing is null ? "Imported" : "Replaced the draft";
        turn.Show(SurveyListCard.Build(await views.BuildAsync(
            $"{what} \"{survey.Title}\" ({survey.Id}, {survey.Questions.Count} questions). Preview it, then open it.", cancellationToken)));
        return [];
    }
}

/// <summary>Members: open surveys with their progress, and the ones they answered.</summary>
public sealed class MySurveysCommand(ISurveyStore store, RespondentKeys keys, SurveyForms forms, TimeProvider clock,
    IStringLocalizer<SurveyTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("survey.mine", Role.Member,
        ["my surveys", "surveys for me", "my survey", "mes enquetes", "mis encuestas", "meine umfragen"])
    {
        Help = new(texts, "MySurveys"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var items = new List<MySurveyItem>();
        foreach (var survey in (await store.ListAsync(cancellationToken)).Where(s => s.Status != SurveyStatus.Draft && s.IsFor(turn.Sender)))
        {
            var response = await store.FindResponseAsync(survey, keys.For(survey, turn.Sender.Id), cancellationToken);
            var open = forms.Check(survey, turn.Sender, now) is null;
            var answered = response?.Answers.Count(a => a.Value.Length > 0 && survey.Questions.Any(q => q.Id == a.Key)) ?? 0;
            if (open || answered > 0)
            {
                items.Add(new MySurveyItem(survey.Id, survey.Title, open, answered, survey.Questions.Count, response?.Complete == true, survey.Deadline)
                {
                    ResultsShared = SharedResults.For(survey, turn.Sender, response?.Complete == true, now),
                });
            }
        }
        turn.Show(MySurveysCard.Build(new MySurveysView([.. items.OrderByDescending(i => i.Open).ThenBy(i => i.Deadline ?? DateTimeOffset.MaxValue)]),
            SurveyTexts.Labels(texts)));
    }
}

/// <summary>Members: what they answered to a survey.</summary>
public sealed class MyAnswersAction(ISurveyStore store, SurveyForms forms, FormCards cards, TimeProvider clock,
    IStringLocalizer<SurveyTexts> texts) : ICardAction
{
    public string Verb => SurveyVerbs.MyAnswers;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(submit[SurveyVerbs.SurveyKey] ?? "", cancellationToken) is not { } survey || !survey.IsFor(turn.Sender))
        {
            turn.Say(texts["CantFindSurvey"]);
            return;
        }
        var answers = await forms.LoadAnswersAsync(turn.Sender, survey.Id, cancellationToken);
        var open = forms.Check(survey, turn.Sender, clock.GetUtcNow()) is null;
        turn.Show(cards.Summary(forms, forms.Definition(survey), answers, canChange: open));
    }
}
