using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Localization;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// Answers one turn: a card action goes to the feature that owns its verb; text goes through the message
/// stages in order (form in progress, commands, intents); what nothing understands gets the help card. Everything
/// is said in the sender's language.
/// </summary>
public sealed class ConversationEngine(
    CommandTable commands,
    IEnumerable<IMessageHandler> stages,
    IEnumerable<ICardAction> actions,
    HelpCommand help,
    IStringLocalizer<ConversationTexts> texts)
{
    private readonly IReadOnlyList<IMessageHandler> orderedStages = [.. stages.OrderBy(s => s.Order)];
    private readonly Dictionary<string, ICardAction> actionsByVerb =
        actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        using var language = MemberCulture.Use(turn.Sender.Locale);
        if (turn.Submit is { } submit)
        {
            await HandleSubmitAsync(turn, submit, cancellationToken);
            return;
        }
        if (turn.Text.Length == 0)
        {
            turn.Say(texts["EmptyMessage"]);
            return;
        }
        if (turn.Text.Length > Turn.MaxTextLength)
        {
            turn.Say(texts["TooLong", turn.Text.Length, Turn.MaxTextLength]);
            return;
        }
        foreach (var stage in orderedStages)
        {
            if (await stage.TryHandleAsync(turn, cancellationToken))
            {
                return;
            }
        }
        await help.ShowAsync(turn, understood: false);
    }

    private async Task HandleSubmitAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit.Verb == Cards.Model.CardVerb.RunCommand)
        {
            if (submit[Cards.Model.CardVerb.CommandKey] is { } name && commands.Find(name) is { } command)
            {
                var argument = command.Info.TakesArgument ? submit[Cards.Model.CardVerb.ArgumentKey]?.Trim() ?? "" : "";
                await commands.RunAsync(command, turn, argument.Length > Turn.MaxTextLength ? argument[..Turn.MaxTextLength] : argument, cancellationToken);
                return;
            }
        }
        else if (actionsByVerb.TryGetValue(submit.Verb, out var action))
        {
            if (!turn.Sender.May(action.Required))
            {
                commands.Refuse(turn);
                return;
            }
            await action.HandleAsync(turn, submit, cancellationToken);
            return;
        }
        turn.Say(texts["ButtonNoLongerInUse"]);
    }
}
