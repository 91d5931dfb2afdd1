using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// The one table of chat commands: matches text to a command, checks the sender's role, and lists the
/// commands a role may use (the help card is drawn from it, so it never offers what the role cannot do).
/// </summary>
public sealed class CommandTable : IMessageHandler
{
    private readonly IReadOnlyList<ICommand> commands;
    private readonly Dictionary<string, ICommand> byName;
    // Longest phrasings first, so "my surveys" wins over "my".
    private readonly List<(string Phrasing, ICommand Command)> phrasings;

    private readonly IStringLocalizer<ConversationTexts> texts;

    public CommandTable(IEnumerable<ICommand> commands, IStringLocalizer<ConversationTexts> texts)
    {
        this.texts = texts;
        this.commands = [.. commands];
        byName = this.commands.ToDictionary(c => c.Info.Name, StringComparer.OrdinalIgnoreCase);
        phrasings = [.. this.commands
            .SelectMany(c => c.Info.Phrasings.Select(p => (Phrase.Normalize(p), c)))
            .Where(p => p.Item1.Length > 0)
            .OrderByDescending(p => p.Item1.Length)];
    }

    public int Order => MessageHandlerOrder.Commands;

    public IEnumerable<CommandInfo> AvailableTo(Member member) =>
        commands.Select(c => c.Info).Where(i => i.Help is not null && member.May(i.Required));

    /// <summary>The command offered there to this member, if any (only what their role may use).</summary>
    public CommandInfo? Offered(CommandOffer offer, Member member) =>
        commands.Select(c => c.Info).FirstOrDefault(i => i.Offered.Contains(offer) && i.Help is not null && member.May(i.Required));

    public (ICommand Command, string Argument)? Match(string text)
    {
        var normalized = Phrase.Normalize(text);
        foreach (var (phrasing, command) in phrasings)
        {
            if (normalized == phrasing)
            {
                return (command, "");
            }
            if (command.Info.TakesArgument && normalized.StartsWith(phrasing + " ", StringComparison.Ordinal))
            {
                return (command, ArgumentAfter(text, phrasing));
            }
        }
        return null;
    }

    public ICommand? Find(string name) => byName.GetValueOrDefault(name);

    public async Task<bool> TryHandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (Match(turn.Text) is not { } match)
        {
            return false;
        }
        await RunAsync(match.Command, turn, match.Argument, cancellationToken);
        return true;
    }

    public async Task RunAsync(ICommand command, Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (!turn.Sender.May(command.Info.Required))
        {
            Refuse(turn);
            return;
        }
        await command.RunAsync(turn, argument, cancellationToken);
    }

    /// <summary>Tells the sender that what they asked for needs a role they do not have.</summary>
    public void Refuse(Turn turn) => turn.Say(texts["StaffOnly"]);

    // The argument keeps the user's own spelling: skip the words of the original up to where they say the phrasing
    // (not as many words as the phrasing has: "q&a" is one word typed and two normalised).
    private static string ArgumentAfter(string text, string phrasing)
    {
        var trimmed = text.Trim();
        for (var end = 1; end < trimmed.Length; end++)
        {
            if (!char.IsWhiteSpace(trimmed[end]))
            {
                continue;
            }
            var said = Phrase.Normalize(trimmed[..end]);
            if (said == phrasing)
            {
                return trimmed[end..].Trim();
            }
            if (said.Length > phrasing.Length)
            {
                break;
            }
        }
        return "";
    }
}
