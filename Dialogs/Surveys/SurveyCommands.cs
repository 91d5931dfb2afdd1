using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
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
public sealed class SurveyListViews(ISurveyStore store, SurveyCampaigns campaigns, TimeProvider clock)
{
    public async Task<SurveyListView> BuildAsync(string? lastAction, CancellationToken cancellationToken)
    {
        var surveys = await store.ListAsync(cancellationToken);
        var items = new List<SurveyListItem>();
        foreach (var listed in surveys.OrderByDescending(s => s.Created))
        {
            // Only the counts of open and closed surveys are shown: a partition read or two each, staff only.
            var s = await campaigns.WithInvitedAsync(listed, cancellationToken);
            var complete = s.Status is SurveyStatus.Draft or SurveyStatus.Scheduled ? 0 : (await store.ListResponsesAsync(s.Id, cancellationToken)).Count(r => r.Complete);
            items.Add(new SurveyListItem(s.Id, s.Title, s.Status.ToString(), s.Questions.Count, s.Anonymous, s.AudienceText, s.Deadline, complete, s.Invited)
            {
                Opens = s.Opens,
                CanSchedule = s.Status == SurveyStatus.Draft && s.Opens > clock.GetUtcNow(),
                CloseAfterResponses = s.CloseAfterResponses,
                ClosedByLimit = CloseAtResponses.ClosedByLimit(s, complete),
            });
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

public sealed class SurveyImporter(ISurveyStore store, SurveyListViews views, IMemberStore members, IPlansCatalogue catalogue,
    IOptions<CollabOptions> options, TimeProvider clock)
{
    /// <summary>Up to this many named members are looked up one by one; more, in one read of the registry.</summary>
    private const int FewNames = 10;

    public const string CorrectionRules = "A correction may change the title, the introduction and the questions' texts, add choices at the end of a " +
        "choice question, add optional questions at the end, make a question optional, lower a min, or raise a max or a maxLength.";

    public async Task ImportAsync(Turn turn, string json, CancellationToken cancellationToken)
    {
        var (problems, refused) = await SaveAsync(turn, json, cancellationToken);
        if (problems.Count > 0)
        {
            turn.Show(SurveyImportCard.Build(new SurveyImportView(json, [.. problems.Select(p => p.ToString())])
            {
                Refused = refused,
                Note = refused is null ? null : CorrectionRules,
            }));
        }
    }

    /// <summary>Saves the definition (a new draft, a draft replaced, or an open survey corrected) and shows the surveys card; otherwise returns what is wrong.</summary>
    public async Task<IReadOnlyList<ImportProblem>> TryImportAsync(Turn turn, string json, CancellationToken cancellationToken) =>
        (await SaveAsync(turn, json, cancellationToken)).Problems;

    /// <returns>What is wrong, and when a correction was refused, the line that says so.</returns>
    private async Task<(IReadOnlyList<ImportProblem> Problems, string? Refused)> SaveAsync(Turn turn, string json, CancellationToken cancellationToken)
    {
        var (survey, problems, stored) = await ParseAsync(json, turn.Sender.Id.ObjectId, cancellationToken);
        if (survey is null)
        {
            return (problems, null);
        }
        if (survey.PreviousEdition is { } previous && await store.FindAsync(previous, cancellationToken) is null)
        {
            return ([new ImportProblem(1, "previousEdition", $"there is no survey \"{previous}\" to be the previous edition of this one.")], null);
        }
        string? outcome = null;
        IReadOnlyList<string> refusals = [];
        if (stored is null && await store.AddAsync(survey, cancellationToken))
        {
            outcome = $"Imported \"{survey.Title}\" ({survey.Id}, {survey.Questions.Count} questions). Preview it, then open it.";
        }
        else
        {
            // Decided on the survey as stored when it is written: a draft another staff member opened meanwhile is corrected, not replaced.
            var saved = await store.UpdateAsync(survey.Id, current =>
            {
                if (current.Status is SurveyStatus.Draft or SurveyStatus.Scheduled)
                {
                    var what = current.Status == SurveyStatus.Scheduled ? "Replaced the scheduled survey (a draft again: schedule it again)" : "Replaced the draft";
                    outcome = $"{what} \"{survey.Title}\" ({survey.Id}, {survey.Questions.Count} questions). Preview it, then open it.";
                    refusals = [];
                    return survey;
                }
                refusals = SurveyCorrections.Check(current, survey);
                outcome = refusals.Count > 0 ? null
                    : SurveyDefinition.Same(current, survey) ? $"Nothing to correct in \"{survey.Title}\": the definition is the one it has."
                    : $"Corrected \"{survey.Title}\": answers kept.";
                return refusals.Count > 0 || SurveyDefinition.Same(current, survey) ? null : SurveyCorrections.Apply(current, survey);
            }, cancellationToken);
            if (saved is null)
            {
                await store.SaveAsync(survey, cancellationToken);
                outcome = $"Imported \"{survey.Title}\" ({survey.Id}, {survey.Questions.Count} questions). Preview it, then open it.";
            }
            else if (refusals.Count > 0)
            {
                return ([.. refusals.Select(r => new ImportProblem(0, "", r))],
                    $"\"{saved.Title}\" ({saved.Id}) is {saved.Status.ToString().ToLowerInvariant()}: a correction must keep every answer given, so this one is refused:");
            }
        }
        turn.Show(SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
        return ([], null);
    }

    /// <summary>Reads a definition with what its audience names looked up, and the survey stored under its id (if any).</summary>
    public async Task<(Survey? Survey, IReadOnlyList<ImportProblem> Problems, Survey? Stored)> ParseAsync(string json, string staffObjectId,
        CancellationToken cancellationToken)
    {
        var (id, names) = SurveyImport.Peek(json);
        var stored = id is null ? null : await store.FindAsync(id, cancellationToken);
        var context = new SurveyImportContext(options.Value.UserGroups)
        {
            Products = await ProductsAsync(stored, cancellationToken),
            Members = await MembersAsync(names, cancellationToken),
            StoredDeadline = stored is { Status: not SurveyStatus.Draft } ? stored.Deadline : null,
        };
        var (survey, problems) = SurveyImport.Parse(json, staffObjectId, clock.GetUtcNow(), context);
        return (survey, problems, stored);
    }

    /// <summary>The products being answered, and those the stored survey already invites (a product retired since stays valid for it).</summary>
    public async Task<IReadOnlyList<SurveyProduct>> ProductsAsync(Survey? stored, CancellationToken cancellationToken)
    {
        var products = (await catalogue.ListProductsAsync(cancellationToken)).Where(p => !p.Retired)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(p => new SurveyProduct(p.Id, p.Name)).ToList();
        products.AddRange((stored?.Products ?? []).Where(p => !products.Any(known => known.Id == p.Id)));
        return products;
    }

    private async Task<IReadOnlyDictionary<string, MemberId>> MembersAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, MemberId>(StringComparer.OrdinalIgnoreCase);
        if (names.Count <= FewNames)
        {
            foreach (var name in names)
            {
                if (await members.FindBySignInAsync(name, cancellationToken) is { } member)
                {
                    found[name] = member.Id;
                }
            }
            return found;
        }
        var known = new Dictionary<string, MemberId>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in await members.ListAsync([], cancellationToken))
        {
            foreach (var name in new[] { member.Email, member.SignInName }.OfType<string>())
            {
                known.TryAdd(name, member.Id);
            }
        }
        foreach (var name in names)
        {
            if (known.TryGetValue(name, out var id))
            {
                found[name] = id;
            }
        }
        return found;
    }
}

/// <summary>Members: open surveys with their progress, and the ones they answered.</summary>
public sealed class MySurveysCommand(ISurveyStore store, RespondentKeys keys, SurveyForms forms, SurveyAudiences audiences, TimeProvider clock,
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
        var published = (await store.ListAsync(cancellationToken)).Where(s => s.Status is SurveyStatus.Open or SurveyStatus.Closed).ToList();
        var followed = await audiences.FollowedAsync(turn.Sender, published, cancellationToken);
        foreach (var survey in published.Where(s => s.IsFor(turn.Sender, followed)))
        {
            var response = await store.FindResponseAsync(survey, keys.For(survey, turn.Sender.Id), cancellationToken);
            var open = forms.Check(survey, turn.Sender, followed, now) is null;
            var answered = response?.Answers.Count(a => a.Value.Length > 0 && survey.Questions.Any(q => q.Id == a.Key)) ?? 0;
            if (open || answered > 0)
            {
                items.Add(new MySurveyItem(survey.Id, survey.Title, open, answered, survey.Questions.Count, response?.Complete == true, survey.Deadline)
                {
                    ResultsShared = SharedResults.For(survey, turn.Sender, followed, response?.Complete == true, now),
                });
            }
        }
        turn.Show(MySurveysCard.Build(new MySurveysView([.. items.OrderByDescending(i => i.Open).ThenBy(i => i.Deadline ?? DateTimeOffset.MaxValue)]),
            SurveyTexts.Labels(texts)));
    }
}

/// <summary>Members: what they answered to a survey.</summary>
public sealed class MyAnswersAction(ISurveyStore store, SurveyForms forms, SurveyAudiences audiences, FormCards cards, TimeProvider clock,
    IStringLocalizer<SurveyTexts> texts) : ICardAction
{
    public string Verb => SurveyVerbs.MyAnswers;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var survey = await store.FindAsync(submit[SurveyVerbs.SurveyKey] ?? "", cancellationToken);
        var followed = await audiences.FollowedAsync(turn.Sender, [survey], cancellationToken);
        if (survey is null || !survey.IsFor(turn.Sender, followed))
        {
            turn.Say(texts["CantFindSurvey"]);
            return;
        }
        var answers = await forms.LoadAnswersAsync(turn.Sender, survey.Id, cancellationToken);
        var open = forms.Check(survey, turn.Sender, followed, clock.GetUtcNow()) is null;
        turn.Show(cards.Summary(forms, forms.Definition(survey), answers, canChange: open));
    }
}
