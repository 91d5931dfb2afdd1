using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using CollabBot.Cards.Help;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Members;
using CollabBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Unit;

/// <summary>Turn-by-turn through the SDK's TestAdapter: the handler and middleware without HTTP or storage.</summary>
public sealed class ActivityHandlerFlowTests : IDisposable
{
    private readonly EngineHarness harness = new();

    public static TheoryData<string, string> Utterances => new()
    {
        { "help", English.HelpHeading },
        { "<at>CollabBot</at> my profile", "Your profile" },
        { "something nobody understands", "didn't understand" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public async Task RepliesToEachUtterance(string utterance, string expected) =>
        await Flow().Send(utterance).AssertReply(a => Assert.Contains(expected, Shown(a))).StartTestAsync();

    private TestFlow Flow() => new(Adapter(), Handler());

    private TestAdapter Adapter()
    {
        var state = new ConversationState(new MemoryStorage());
        var options = Options.Create(new CollabOptions());
        return (TestAdapter)new TestAdapter(TestAdapter.CreateConversation("flow"))
            .Use(new TurnStateMiddleware(state, new MemberDirectory(harness.Members, options, TimeProvider.System), new GrantingClaims(),
                NullLogger<TurnStateMiddleware>.Instance));
    }

    private CollabActivityHandler Handler() =>
        new(harness.Get<ConversationEngine>(), harness.Get<HelpCommand>(), new ReplySender(NullLogger<ReplySender>.Instance));

    private static string Shown(IActivity activity) => activity is IMessageActivity { Attachments.Count: > 0 } message
        ? ((JObject)message.Attachments[0].Content).ToString()
        : ((IMessageActivity)activity).Text ?? "";

    public void Dispose() => harness.Dispose();
}
