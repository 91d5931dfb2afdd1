using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>
/// Says which thing happened and hands it on: messages and card actions to the conversation engine,
/// installs to the welcome. State, the sender and duplicates are handled by the adapter's middleware.
/// </summary>
public sealed class CollabActivityHandler(ConversationEngine engine, HelpCommand help, ReplySender replies) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turn = ActivityMapping.ToTurn(turnContext);
        await engine.HandleAsync(turn, cancellationToken);
        await replies.SendAsync(turnContext, turn.Replies, cancellationToken);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    // Teams announces an install with installationUpdate (welcomed above); other channels, such as the
    // Emulator, only say that the user joined the conversation.
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var userJoined = activity.ChannelId != Channels.Msteams
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient.Id) == true;
        return userJoined ? WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    // Teams sends invokes for features this app does not declare (message extensions, tabs...) and probes;
    // the base handler would answer 501. There is nothing to do: 200.
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse { Status = 200 });

    private Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var sender = turnContext.TurnState.Get<Member>(TurnStateKeys.Sender);
        Cards.Model.AdaptiveCard card;
        using (Dialogs.Localization.MemberCulture.Use(sender.Locale))
        {
            card = help.Welcome(sender);
        }
        return turnContext.SendActivityAsync(ActivityMapping.CardActivity(card), cancellationToken);
    }
}
