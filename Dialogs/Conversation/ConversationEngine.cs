using CollabBot.Dialogs.Help;

namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// Answers one turn: a card action goes to the feature that owns its verb; text goes through the message
/// stages in order (form in progress, commands, intents); what nothing understands gets the help card.
/// </summary>
public sealed class ConversationEngine(
    CommandTable commands,
    IEnumerable<IMessageHandler> stages,
    IEnumerable<ICardAction> actions,
    HelpCommand help)
{
    private readonly IReadOnlyList<IMessageHandler> orderedStages = [.. stages.OrderBy(s => s.Order)];
    private readonly Dictionary<string, ICardAction> actionsByVerb =
        actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

    public async Task HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Submit is { } submit)
        {
            await HandleSubmitAsync(turn, submit, cancellationToken);
            return;
        }
        if (turn.Text.Length == 0)
        {
            turn.Say("I got an empty message. Type **help** to see what I can do.");
            return;
        }
        if (turn.Text.Length > Turn.MaxTextLength)
        {
            turn.Say($"That message is too long for me ({turn.Text.Length:N0} characters). " +
                $"Please keep it under {Turn.MaxTextLength:N0} characters.");
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
                await CommandTable.RunAsync(command, turn, "", cancellationToken);
                return;
            }
        }
        else if (actionsByVerb.TryGetValue(submit.Verb, out var action))
        {
            if (!turn.Sender.May(action.Required))
            {
                turn.Say(CommandTable.Refusal);
                return;
            }
            await action.HandleAsync(turn, submit, cancellationToken);
            return;
        }
        turn.Say("That button is no longer in use. Type **help** to see what I can do.");
    }
}
