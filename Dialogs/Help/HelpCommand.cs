using CollabBot.Cards.Help;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Help;

/// <summary>The help and welcome cards, drawn from the command table: only what the person's role may use.</summary>
public sealed class HelpCommand(IServiceProvider services, IStringLocalizer<HelpTexts> texts) : ICommand
{
    public const string Name = "help";

    public CommandInfo Info { get; } = new(Name, Role.Member, ["help", "aide", "ayuda", "hilfe", "menu", "commands"]);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        ShowAsync(turn, understood: true);

    public Task ShowAsync(Turn turn, bool understood)
    {
        var (member, staff) = Commands(turn.Sender);
        var offer = understood || turn.Text.Length == 0 ? null : Table.Offered(CommandOffer.NotUnderstood, turn.Sender);
        turn.Show(HelpCard.Build(new HelpView(!understood, member, staff)
        {
            Offer = offer is null ? null : new OfferedCommand(offer.Help!.OfferTitle(CommandOffer.NotUnderstood), offer.Name, turn.Text),
        }, HelpTexts.HelpLabels(texts)));
        return Task.CompletedTask;
    }

    /// <summary>The welcome card, in the current culture (the caller sets the member's).</summary>
    public AdaptiveCard Welcome(Member member)
    {
        var (memberCommands, staffCommands) = Commands(member);
        var greeting = FirstName(member.Name) is { } name ? texts["WelcomeGreetingNamed", name] : texts["WelcomeGreeting"];
        return WelcomeCard.Build(new WelcomeView(greeting, memberCommands, staffCommands), HelpTexts.WelcomeLabels(texts));
    }

    private (List<HelpEntry> Member, List<HelpEntry> Staff) Commands(Member member)
    {
        var available = Table.AvailableTo(member).ToList();
        return ([.. available.Where(i => i.Required == Role.Member).Select(ToEntry)],
            [.. available.Where(i => i.Required == Role.Staff).Select(ToEntry)]);
    }

    // The table lists this command too: resolved on use, not in the constructor, to avoid a cycle.
    private CommandTable Table => services.GetRequiredService<CommandTable>();

    private HelpEntry ToEntry(CommandInfo info) =>
        new(info.Name, info.Help!.Title, info.Help.Description, texts["TypeHint", info.Help.Typed]);

    private static string? FirstName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : null;
}
