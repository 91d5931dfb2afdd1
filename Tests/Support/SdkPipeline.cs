using CollabBot.Bot.Teams;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Members;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CollabBot.Tests.Support;

/// <summary>The harness's engine behind the activity handler and the middleware that resolves the sender, on the SDK's TestAdapter.</summary>
public static class SdkPipeline
{
    public static TestFlow Flow(this ChatHarness chat, string teamsLocale = "en-US")
    {
        var directory = new MemberDirectory(chat.Members, chat.Get<IOptions<CollabOptions>>(), chat.Clock, NullLogger<MemberDirectory>.Instance);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("chat")) { Locale = teamsLocale };
        adapter.Use(new TurnStateMiddleware(new ConversationState(new MemoryStorage()), directory, new GrantingClaims(),
            NullLogger<TurnStateMiddleware>.Instance));
        var handler = new CollabActivityHandler(chat.Get<ConversationEngine>(), chat.Get<HelpCommand>(), new ReplySender(new NoProgressCards(), NullLogger<ReplySender>.Instance));
        return new TestFlow(adapter, handler);
    }

    private sealed class NoProgressCards : CollabBot.Bot.Delivery.IProgressCards
    {
        public Task TrackAsync(string broadcastId, string address, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
