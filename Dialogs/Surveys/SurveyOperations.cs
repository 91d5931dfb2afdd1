using CollabBot.Cards.Delivery;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A staff operation on one survey, reachable both by typing ("open survey round-table-2026") and by a button
/// on the surveys card (which is then updated in place).
/// </summary>
public abstract class SurveyOperation(ISurveyStore store) : ICommand, ICardAction
{
    public abstract CommandInfo Info { get; }

    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    protected ISurveyStore Store => store;

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (argument.Trim().Length == 0)
        {
            turn.Say($"Which survey? Type **{Info.Phrasings[0]} *id*** or use the buttons on the **surveys** card.");
            return;
        }
        await RunTypedAsync(turn, argument.Trim(), cancellationToken);
    }

    /// <summary>A typed command's words after the command: the survey's id, unless an operation reads more words.</summary>
    protected virtual Task RunTypedAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        RunAsync(turn, argument, null, cancellationToken);

    protected static string NoSuchSurvey(string id) => $"There is no survey \"{id}\". Type **surveys** to see them all.";

    public Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken) =>
        RunAsync(turn, submit[SurveyVerbs.SurveyKey] ?? "", submit, cancellationToken);

    private async Task RunAsync(Turn turn, string id, CardSubmit? submit, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } survey)
        {
            turn.Say(NoSuchSurvey(id));
            return;
        }
        await RunAsync(turn, survey, submit, cancellationToken);
    }

    protected abstract Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken);

    /// <summary>Replaces the card whose button was pressed; a typed command gets a new card.</summary>
    protected static void Answer(Turn turn, CardSubmit? submit, Cards.Model.AdaptiveCard card)
    {
        if (submit is null)
        {
            turn.Show(card);
        }
        else
        {
            turn.Replace(card);
        }
    }
}

public sealed class PreviewSurveyOperation(ISurveyStore store, SurveyForms forms, FormCards cards, AnswerParser parser) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.preview", Role.Staff, ["preview survey"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Preview;

    protected override Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var form = forms.Definition(survey);
        turn.Show(cards.AllInOne(forms, form, _ => null, preview: true));
        var first = form.Fields[0];
        turn.Say($"In chat, members get one question per message, e.g. question 1 of {form.Fields.Count}: \"{first.Prompt}\" " +
            $"({parser.Expectation(first)}) Audience: {survey.AudienceText}. {(survey.Anonymous ? "Anonymous." : "Named.")}");
        return Task.CompletedTask;
    }
}

public sealed class OpenSurveyOperation(ISurveyStore store, SurveyCampaigns campaigns, SurveyListViews views, IDeliveries deliveries) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.open", Role.Staff,
        ["open survey", "start survey", "publish survey", "ouvrir enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Open;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        string outcome;
        var opening = survey.Status is SurveyStatus.Draft or SurveyStatus.Scheduled;
        if (!opening)
        {
            // Asked again, in case the turn that opened it failed before asking for everything (each is asked for once).
            if (survey.Status == SurveyStatus.Open)
            {
                await campaigns.AskForDeliveriesAsync(survey, cancellationToken);
            }
            outcome = $"\"{survey.Title}\" is already {survey.Status.ToString().ToLowerInvariant()}.";
        }
        else
        {
            await campaigns.OpenAsync(survey, cancellationToken);
            outcome = $"Opened \"{survey.Title}\": invitations are going to its audience ({survey.AudienceText}), as fast as Teams allows.";
        }
        Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
        if (opening && await deliveries.ProgressAsync(SurveyCampaigns.InvitationsOf(survey.Id), cancellationToken) is { } progress)
        {
            turn.Add(new CardReply(ProgressCard.Build(CancelBroadcastAction.View(progress))) { Tracks = progress.Id });
        }
    }
}

public sealed class CloseSurveyOperation(ISurveyStore store, SurveyCampaigns campaigns, SurveyListViews views) : SurveyOperation(store)
{
    public override CommandInfo Info { get; } = new("survey.close", Role.Staff,
        ["close survey", "end survey", "fermer enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Close;

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        string outcome;
        if (survey.Status != SurveyStatus.Open)
        {
            outcome = $"\"{survey.Title}\" is not open.";
        }
        else
        {
            await campaigns.CloseAsync(survey, cancellationToken);
            outcome = $"Closed \"{survey.Title}\". No more answers or reminders.";
        }
        Answer(turn, submit, SurveyListCard.Build(await views.BuildAsync(outcome, cancellationToken)));
    }
}

/// <summary>
/// Staff: a survey's results; typed "survey results ID", "survey results ID GROUP" for one user group's respondents (with its
/// national groups), or "survey results ID by group" for every question by group; the card's buttons do the same.
/// </summary>
public sealed class SurveyResultsOperation(ISurveyStore store, SurveyCampaigns campaigns, SurveyGroups groups, IOptions<SurveyOptions> options,
    TimeProvider clock) : SurveyOperation(store)
{
    private static readonly string[] ByGroupWords = ["by group", "by groups", "groups", "by user group"];

    public override CommandInfo Info { get; } = new("survey.results", Role.Staff,
        ["survey results", "results", "resultats enquete"], TakesArgument: true);

    public override string Verb => SurveyVerbs.Results;

    protected override async Task RunTypedAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var words = argument.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (await Store.FindAsync(words[0], cancellationToken) is not { } survey)
        {
            turn.Say(NoSuchSurvey(words[0]));
            return;
        }
        var rest = words.Length > 1 ? string.Join(' ', words[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) : "";
        if (rest.Length == 0 || ByGroupWords.Contains(rest, StringComparer.OrdinalIgnoreCase))
        {
            await ShowAsync(turn, survey, new ResultsQuery(ByGroup: rest.Length > 0), null, cancellationToken);
        }
        else if (groups.Find(rest) is { } group)
        {
            await ShowAsync(turn, survey, new ResultsQuery(Group: group), null, cancellationToken);
        }
        else
        {
            turn.Say(NotAGroup(rest, survey.Id));
        }
    }

    protected override async Task RunAsync(Turn turn, Survey survey, CardSubmit? submit, CancellationToken cancellationToken)
    {
        var page = int.TryParse(submit?[SurveyVerbs.PageKey], System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 0;
        var part = int.TryParse(submit?[SurveyVerbs.PartKey], System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
        var chosen = submit?[SurveyVerbs.GroupInput] ?? submit?[SurveyVerbs.GroupKey];
        string? group = null;
        if (chosen is { Length: > 0 } && chosen != SurveyVerbs.AllGroups && (group = groups.Find(chosen)) is null)
        {
            turn.Say(NotAGroup(chosen, survey.Id));
            return;
        }
        await ShowAsync(turn, survey, new ResultsQuery(page, part, group, submit?[SurveyVerbs.ViewKey] == SurveyVerbs.ByGroupView), submit, cancellationToken);
    }

    private string NotAGroup(string words, string surveyId) =>
        $"\"{words}\" is not a user group. Type **survey results {surveyId} *group*** with one of {string.Join(", ", groups.All)}, " +
        $"or **survey results {surveyId} by group**.";

    private async Task ShowAsync(Turn turn, Survey survey, ResultsQuery query, CardSubmit? submit, CancellationToken cancellationToken)
    {
        survey = await campaigns.WithInvitedAsync(survey, cancellationToken);
        var results = await GroupResults.BuildAsync(survey, Store.ReadResponsesAsync(survey.Id, cancellationToken), query, groups,
            options.Value.GroupMinimum, clock.GetUtcNow(), cancellationToken);
        if (survey.Anonymous)
        {
            results = results with { WaitingAnonymous = await Store.CountPendingAsync(survey.Id, cancellationToken), AnonymousBatch = options.Value.AnonymousBatch };
        }
        if (survey.PreviousEdition is { } previous && await Store.FindAsync(previous, cancellationToken) is { } last)
        {
            results = results with { PreviousEditionTitle = last.Title };
        }
        Answer(turn, submit, ResultsCard.Build(results));
    }
}
