using System.Globalization;
using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Contributions;

/// <summary>What every staff action on contributions needs, in one place.</summary>
public sealed class ContributionServices(IContributionStore store, ContributionChannels channels, ContributionFlow flow, ContributionViews views,
    IOptions<ContributionOptions> options, IOptions<CollabOptions> collab, TimeProvider clock)
{
    public IContributionStore Store => store;
    public ContributionChannels Channels => channels;
    public ContributionFlow Flow => flow;
    public ContributionViews Views => views;
    public ContributionOptions Options => options.Value;
    public CollabOptions Collab => collab.Value;
    public TimeProvider Clock => clock;

    /// <summary>The contribution a button names; null after telling the sender it does not exist.</summary>
    public async Task<(ContributionChannel Channel, Contribution Contribution)?> FindAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (channels.Find(submit[ContributionVerbs.KindKey]) is { } channel
            && int.TryParse(submit[ContributionVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && await store.FindAsync(channel.Kind, number, cancellationToken) is { } c)
        {
            return (channel, c);
        }
        turn.Say("That contribution does not exist.");
        return null;
    }

    public async Task ShowAsync(Turn turn, Contribution c, CancellationToken cancellationToken)
    {
        if (await views.CardAsync(c, cancellationToken) is { } view)
        {
            turn.Show(ContributionCard.Build(view));
        }
    }

    public async Task<InboxView> InboxAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = new List<(DateTimeOffset At, InboxRow Row)>();
        foreach (var channel in channels.All.Where(c => filter.Kind == InboxFilter.All || c.Kind == filter.Kind))
        {
            rows.AddRange((await store.ListAsync(channel.Kind, cancellationToken)).Where(c => filter.Matches(c, Options)).Select(c => (c.Created,
                new InboxRow(c.Kind, c.Number, c.Code, channel.EnglishName, ContributionViews.Title(channel, c), ContributionViews.StatusName(c.Status),
                    c.SenderGroup is { } g ? $"{c.SenderName} ({g})" : c.SenderName, WaitingQuestionContent.AgeOf(c.Created, now) + " ago"))));
        }
        var groups = Collab.UserGroups.Concat(Options.ParentGroups.Values).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new InboxView([.. rows.OrderBy(r => r.At).Select(r => r.Row)],
            [new Choice("All channels", InboxFilter.All), .. channels.All.Select(c => new Choice(c.EnglishName, c.Kind))],
            [new Choice("Open", InboxFilter.Open), new Choice("All", InboxFilter.All),
             .. Enum.GetValues<ContributionStatus>().Select(s => new Choice(ContributionViews.StatusName(s), s.ToString()))],
            [new Choice("All groups", InboxFilter.All), .. groups.Select(g => new Choice(g, g))],
            filter.Kind, filter.Status, filter.Group, filter.ToString());
    }
}

/// <summary>"inbox" for staff: what members sent through every channel, oldest first; the words after it may name a channel.</summary>
public sealed class InboxCommand(ContributionServices services, IStringLocalizer<ContributionTexts> texts) : ICommand
{
    public CommandInfo Info { get; } = new("contribution.inbox", Role.Staff, ["inbox", "contributions", "boite de reception", "bandeja de entrada", "posteingang"],
        TakesArgument: true)
    {
        Help = new(texts, "Inbox"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var kind = services.Channels.NamedIn(argument)?.Kind;
        turn.Show(InboxCard.Build(await services.InboxAsync(InboxFilter.Default with { Kind = kind ?? InboxFilter.All }, cancellationToken)));
    }
}

/// <summary>The inbox card's filter button: the card redrawn in place with what the filter keeps.</summary>
public sealed class FilterInboxAction(ContributionServices services) : ICardAction
{
    public string Verb => ContributionVerbs.Inbox;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var filter = InboxFilter.Parse(submit[ContributionVerbs.KindInput], submit[ContributionVerbs.StatusInput], submit[ContributionVerbs.GroupInput],
            services.Channels);
        turn.Replace(InboxCard.Build(await services.InboxAsync(filter, cancellationToken)));
    }
}

/// <summary>A line of the inbox pressed: the contribution's card, with its buttons, in the chat of the staff member who pressed it.</summary>
public sealed class ShowContributionAction(ContributionServices services) : ICardAction
{
    public string Verb => ContributionVerbs.Show;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (await services.FindAsync(turn, submit, cancellationToken) is var (_, c))
        {
            await services.ShowAsync(turn, c, cancellationToken);
        }
    }
}

/// <summary>The inbox's export buttons: the contributions the filter keeps as a CSV or Excel file, its link sent to the staff member who asked.</summary>
public sealed class ExportContributionsAction(IExportRequests exports, ContributionChannels channels) : ICardAction
{
    public const string Kind = "contributions";

    public string Verb => ContributionVerbs.Export;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ExportFormat>(submit[ContributionVerbs.FormatKey], ignoreCase: true, out var format) || format is not (ExportFormat.Csv or ExportFormat.Xlsx))
        {
            turn.Say("That export button is missing its format; type **inbox** again.");
            return;
        }
        var filter = InboxFilter.Parse(submit[ContributionVerbs.FilterKey] ?? "", channels);
        await exports.RequestAsync(new ExportRequest(Kind, filter.ToString(), format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the {(format == ExportFormat.Csv ? "CSV" : "Excel")} file of the contributions: I'll send you a download link here in a moment.");
    }
}
