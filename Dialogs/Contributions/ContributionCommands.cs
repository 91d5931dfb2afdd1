using System.Globalization;
using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Nominations;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// "contribute": the ways to work with WIPO, on a card (each channel's button starts its form; a trainer or speaker for
/// an event is the nominations' speaker request); a channel named after the command ("contribute feedback") starts its form.
/// </summary>
public sealed class ContributeCommand(ContributionChannels channels, ContributionStarter starter, IStringLocalizer<ContributionTexts> texts) : ICommand
{
    public const string Name = "contribution.new";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["contribute", "give feedback", "send feedback", "make a proposal", "propose a paper", "propose a report", "join a task force", "ask for an agenda slot",
         "contribuer", "donner mon avis", "faire une proposition",
         "contribuir", "dar mi opinion", "hacer una propuesta",
         "beitragen", "feedback geben", "einen vorschlag machen"], TakesArgument: true)
    {
        Help = new(texts, "Contribute"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        // Every channel's form is filled in the personal chat: the card's buttons would only say so in a group.
        if (turn.Conversation != ConversationKind.Personal)
        {
            turn.Say(texts["InPersonalChat"]);
            return;
        }
        if (channels.NamedIn(turn.Text, argument) is { } channel)
        {
            await starter.StartAsync(turn, channel, cancellationToken);
            return;
        }
        turn.Show(ChannelsCard.Build(texts["ChannelsHeading"], texts["ChannelsIntro"],
        [
            .. channels.All.Select(c => new ChannelChoice(c.Kind, c.Name, c.Description)),
            new ChannelChoice("events", texts["EventsName"], texts["EventsDescription"]) { Command = NominateCommand.Name, Argument = NominateCommand.ForAnEvent },
        ]));
    }
}

/// <summary>Starts a channel's form, after its rule (observer status for task forces) and in a personal chat only.</summary>
public sealed class ContributionStarter(ContributionForms forms, FormEngine engine, IStringLocalizer<ContributionTexts> texts)
{
    public async Task StartAsync(Turn turn, ContributionChannel channel, CancellationToken cancellationToken)
    {
        if (turn.Conversation != ConversationKind.Personal)
        {
            turn.Say(texts["InPersonalChat"]);
            return;
        }
        if (await channel.RefusalAsync(turn.Sender, cancellationToken) is { } refusal)
        {
            turn.Say(refusal);
            return;
        }
        await engine.StartAsync(turn, forms, await forms.NewAsync(turn.Sender, channel, cancellationToken), cancellationToken);
    }
}

/// <summary>The channels card's buttons.</summary>
public sealed class StartContributionAction(ContributionChannels channels, ContributionStarter starter, IStringLocalizer<ContributionTexts> texts) : ICardAction
{
    public string Verb => ContributionVerbs.Start;

    public Role Required => Role.Member;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (channels.Find(submit[ContributionVerbs.KindKey]) is not { } channel)
        {
            turn.Say(texts["UnknownChannel"]);
            return;
        }
        await starter.StartAsync(turn, channel, cancellationToken);
    }
}

/// <summary>"my contributions": what the member sent through every channel, newest first, with where it stands and WIPO's reply.</summary>
public sealed class MyContributionsCommand(IContributionStore store, ContributionChannels channels, ContributionViews views,
    IStringLocalizer<ContributionTexts> texts) : ICommand
{
    public const string Name = "contribution.mine";

    public CommandInfo Info { get; } = new(Name, Role.Member,
        ["my contributions", "my feedback", "my proposals", "mes contributions", "mes avis", "mis contribuciones", "mis opiniones", "meine beitrage", "mein feedback"])
    {
        Help = new(texts, "MyContributions"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var rows = new List<(DateTimeOffset At, MyContributionRow Row)>();
        foreach (var channel in channels.All)
        {
            rows.AddRange((await store.ListAsync(channel.Kind, cancellationToken)).Where(c => c.Sender == turn.Sender.Id).Select(c => (c.Created,
                new MyContributionRow(c.Code, channel.Name, ContributionViews.Title(channel, c), views.Status(c.Status),
                    c.Created.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    c.Plan is { } plan ? $"{plan.Title}{(c.Reply is { Length: > 0 } r ? "\n\n" + r : "")}" : c.Reply))));
        }
        turn.Show(MyContributionsCard.Build(texts["MyContributionsHeading"], texts["MyContributionsEmpty"],
            [.. rows.OrderByDescending(r => r.At).Select(r => r.Row)]));
    }
}
