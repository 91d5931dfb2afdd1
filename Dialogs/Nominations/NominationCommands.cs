using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Nominations;

/// <summary>"nominate": an expert, a trainer, or a speaker request; named after the command it starts that form, else a card offers the three.</summary>
public sealed class NominateCommand(NominationForms forms, FormEngine engine, NominationViews views, IStringLocalizer<NominationTexts> texts) : ICommand
{
    public const string Name = "nomination.new";

    private static readonly Dictionary<string, NominationKind> KindWords = new(StringComparer.Ordinal)
    {
        ["expert"] = NominationKind.Expert,
        ["an expert"] = NominationKind.Expert,
        ["un expert"] = NominationKind.Expert,
        ["experto"] = NominationKind.Expert,
        ["un experto"] = NominationKind.Expert,
        ["experte"] = NominationKind.Expert,
        ["experten"] = NominationKind.Expert,
        ["einen experten"] = NominationKind.Expert,
        ["trainer"] = NominationKind.Trainer,
        ["a trainer"] = NominationKind.Trainer,
        ["formateur"] = NominationKind.Trainer,
        ["un formateur"] = NominationKind.Trainer,
        ["formador"] = NominationKind.Trainer,
        ["un formador"] = NominationKind.Trainer,
        ["einen trainer"] = NominationKind.Trainer,
        ["speaker"] = NominationKind.Speaker,
        ["a speaker"] = NominationKind.Speaker,
        ["orateur"] = NominationKind.Speaker,
        ["intervenant"] = NominationKind.Speaker,
        ["ponente"] = NominationKind.Speaker,
        ["redner"] = NominationKind.Speaker,
        ["referent"] = NominationKind.Speaker,
    };

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["nominate", "nominate an expert", "nominate a trainer", "nomination", "request a speaker", "ask for a speaker",
         "proposer", "proposer un expert", "nommer", "demander un orateur",
         "nominar", "proponer", "proponer un experto", "solicitar un ponente",
         "nominieren", "vorschlagen", "experten vorschlagen", "redner anfragen"], TakesArgument: true)
    {
        Help = new(texts, "Nominate"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.Conversation != ConversationKind.Personal)
        {
            turn.Say(texts["NominateInPersonalChat"]);
            return;
        }
        // The kind may be in the phrasing itself ("request a speaker"), follow it ("nominate a trainer"), or come from a button.
        var said = $" {Phrase.Normalize(turn.Text)} {Phrase.Normalize(argument)} ";
        if (said.Contains($" {ForAnEvent} ", StringComparison.Ordinal))
        {
            await StartAsync(turn, forms, engine, NominationKind.Speaker, cancellationToken, askWhatIsNeeded: true);
            return;
        }
        if (KindWords.Where(k => said.Contains($" {k.Key} ", StringComparison.Ordinal)).Select(k => (NominationKind?)k.Value).FirstOrDefault() is { } kind)
        {
            await StartAsync(turn, forms, engine, kind, cancellationToken);
            return;
        }
        turn.Show(NominationKindCard.Build(texts["KindsHeading"], texts["KindsIntro"],
            [.. Enum.GetValues<NominationKind>().Select(k => new KindChoice(k.ToString(), views.Kind(k), texts[$"KindDescription{k}"]))]));
    }

    /// <summary>What another feature's button says after the command for a trainer or a speaker at an event (the form asks which).</summary>
    public const string ForAnEvent = "event";

    /// <param name="askWhatIsNeeded">A request for an event asks whether a trainer or a speaker is needed; otherwise it is a speaker.</param>
    public static async Task StartAsync(Turn turn, NominationForms forms, FormEngine engine, NominationKind kind, CancellationToken cancellationToken,
        bool askWhatIsNeeded = false) =>
        await engine.StartAsync(turn, forms, await forms.NewAsync(turn.Sender, kind, askWhatIsNeeded, cancellationToken), cancellationToken);
}

/// <summary>The kind card's buttons: start that kind's form.</summary>
public sealed class StartNominationAction(NominationForms forms, FormEngine engine, IStringLocalizer<NominationTexts> texts) : ICardAction
{
    public string Verb => NominationVerbs.Start;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<NominationKind>(submit[NominationVerbs.KindKey], out var kind) || !Enum.IsDefined(kind))
        {
            turn.Say(texts["UnknownKind"]);
            return;
        }
        if (turn.Conversation != ConversationKind.Personal)
        {
            turn.Say(texts["NominateInPersonalChat"]);
            return;
        }
        await NominateCommand.StartAsync(turn, forms, engine, kind, cancellationToken);
    }
}

/// <summary>"my nominations": what the member nominated or asked for, newest first, with its status and history.</summary>
public sealed class MyNominationsCommand(INominationStore store, NominationViews views, IStringLocalizer<NominationTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("nomination.mine", Role.Member,
        ["my nominations", "my speaker requests", "mes propositions", "mes nominations", "mis nominaciones", "mis propuestas", "meine vorschlage", "meine nominierungen"])
    {
        Help = new(texts, "Mine"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var mine = (await store.ListAsync(cancellationToken)).Where(n => n.Nominator == turn.Sender.Id).OrderByDescending(n => n.Number)
            .Select(n => new MyNomination(n.Number, n.Id, views.Kind(n.Kind), n.Details is { } d ? (n.Kind == NominationKind.Speaker ? d.Event ?? "" : d.NomineeName) : "",
                views.Status(n.Status), views.MemberHistory(n), n.IsOpen))
            .ToList();
        turn.Show(MyNominationsCard.Build(mine, new MyNominationsLabels(texts["MineHeading"], texts["MineEmpty"], texts["Status"], texts["Withdraw"],
            texts["NominateTitle"]), NominateCommand.Name));
    }
}

/// <summary>
/// "nominations" for staff: every nomination, open ones first, narrowed by the words after the command: a kind (expert,
/// trainer, speaker), a status (under review, accepted...) or an area of expertise.
/// </summary>
public sealed class NominationsCommand(INominationStore store, NominationViews views, IStringLocalizer<NominationTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("nomination.list", Role.Staff, ["nominations", "speaker requests", "candidatures", "nominaciones", "nominierungen"],
        TakesArgument: true)
    {
        Help = new(texts, "Nominations"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var filter = NominationFilter.Parse(argument);
        var rows = (await store.ListAsync(cancellationToken)).Where(filter.Matches)
            .OrderBy(n => n.IsOpen ? 0 : 1).ThenBy(n => n.Number).Select(views.Row).ToList();
        turn.Show(NominationListCard.Build(argument.Trim().Length == 0 ? "Nominations" : $"Nominations: {argument.Trim()}",
            "No nomination matches.", rows, argument.Trim() is { Length: > 0 } narrowed ? narrowed : ExportNominationsAction.All));
    }
}

/// <summary>
/// "experts" for staff: the directory of accepted experts and trainers whose term has not ended, searched by expertise
/// and language ("experts in chemistry searching who speak French").
/// </summary>
public sealed class ExpertsCommand(INominationStore store, NominationViews views, TimeProvider clock, IStringLocalizer<NominationTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("nomination.experts", Role.Staff, ["experts", "trainers", "expert directory", "find an expert", "find experts"],
        TakesArgument: true)
    {
        Help = new(texts, "Experts"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var filter = NominationFilter.Parse(argument);
        var rows = (await store.ListAsync(cancellationToken))
            .Where(n => n.Status == NominationStatus.Accepted && n.Kind != NominationKind.Speaker && n.TermUntil >= today && n.Details is not null)
            .Where(filter.Matches)
            .OrderBy(n => n.Details!.NomineeName, StringComparer.CurrentCultureIgnoreCase)
            .Select(n => views.Row(n) with { Status = $"until {n.TermUntil:yyyy-MM-dd}" }).ToList();
        turn.Show(NominationListCard.Build(argument.Trim().Length == 0 ? "Experts and trainers" : $"Experts and trainers: {argument.Trim()}",
            "Nobody in the directory matches.", rows));
    }
}
