using CollabBot.Tests.Support;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CollabBot.Tests.Unit;

/// <summary>Turn-by-turn through the SDK's TestAdapter: the handler and middleware without HTTP or storage.</summary>
public sealed class ActivityHandlerFlowTests : IDisposable
{
    private readonly ChatHarness harness = new();

    public static TheoryData<string, string> Utterances => new()
    {
        { "help", English.HelpHeading },
        { "<at>CollabBot</at> my profile", "Your profile" },
        { "something nobody understands", "didn't understand" },
    };

    [Theory]
    [MemberData(nameof(Utterances))]
    public async Task RepliesToEachUtterance(string utterance, string expected) =>
        await harness.Flow().Send(utterance).AssertReply(a => Assert.Contains(expected, Shown(a))).StartTestAsync();

    private static string Shown(IActivity activity) => activity is IMessageActivity { Attachments.Count: > 0 } message
        ? ((JObject)message.Attachments[0].Content).ToString()
        : ((IMessageActivity)activity).Text ?? "";

    public void Dispose() => harness.Dispose();
}
