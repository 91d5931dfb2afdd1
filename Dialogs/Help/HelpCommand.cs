using CollabBot.Cards.Help;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Help;

public sealed class HelpCommand(IServiceProvider services) : ICommand
{
    public const string Name = "help";

    public CommandInfo Info { get; } = new(Name, "Help", "what I can do for you", Role.Member,
        ["help", "aide", "ayuda", "hilfe", "menu", "commands"], ShowInHelp: false);

    public Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        ShowAsync(turn, understood: true);

    public Task ShowAsync(Turn turn, bool understood)
    {
        var entries = Table.AvailableTo(turn.Sender).ToList();
        turn.Show(HelpCard.Build(new HelpView(
            NotUnderstood: !understood,
            MemberCommands: [.. entries.Where(e => e.Required == Role.Member).Select(ToEntry)],
            StaffCommands: [.. entries.Where(e => e.Required == Role.Staff).Select(ToEntry)])));
        return Task.CompletedTask;
    }

    public WelcomeView Welcome(Member member) =>
        new(FirstName(member.Name), member.IsStaff,
            [.. Table.AvailableTo(member).Where(i => i.Required == Role.Member).Take(4).Select(ToEntry)]);

    // The table lists this command too: resolved on use, not in the constructor, to avoid a cycle.
    private CommandTable Table => services.GetRequiredService<CommandTable>();

    private static HelpEntry ToEntry(CommandInfo info) => new(info.Name, info.Title, info.Description, info.Phrasings[0]);

    private static string? FirstName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : null;
}
