using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>
/// A later message stage (like the product-plans intent router) answering mid-survey: the form pauses and
/// offers to continue, without the form engine knowing that stage.
/// </summary>
public sealed class InterruptionTests
{
    private static readonly string[] FirstAnswers = ["1", "4"];

    private sealed class PlansStandIn : IMessageHandler
    {
        public int Order => MessageHandlerOrder.Intents - 1; // ahead of the real plans stage

        public Task<bool> TryHandleAsync(Turn turn, CancellationToken cancellationToken)
        {
            if (!turn.Text.Contains("planned", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult(false);
            }
            turn.Say("PATENTSCOPE plans: a new search interface in 2027.");
            return Task.FromResult(true);
        }
    }

    [Theory]
    [InlineData(0, "what's planned for PATENTSCOPE?", true)]
    [InlineData(1, "what's planned for PATENTSCOPE?", true)]
    [InlineData(2, "what's planned for PATENTSCOPE?", false)]
    [InlineData(1, "gibberish", false)]
    public async Task APlansQuestionInterruptsOnlyAQuestionThatExpectsSomethingElse(int answered, string text, bool interrupts)
    {
        using var chat = new ChatHarness(services => services.AddSingleton<IMessageHandler, PlansStandIn>()).WithKnownPeople();
        await chat.OpenSampleAsync();
        await chat.PressesFormAsync(Ada, FormVerbs.Start);
        foreach (var answer in FirstAnswers.Take(answered))
        {
            await chat.SaysAsync(Ada, answer);
        }

        var shown = (await chat.SaysAsync(Ada, text)).Shown();

        Assert.Equal(interrupts, shown.Contains("PATENTSCOPE plans", StringComparison.Ordinal));
        Assert.Equal(interrupts, shown.Contains($"You were at question {answered + 1} of 5", StringComparison.Ordinal));
        if (!interrupts && answered == 2)
        {
            Assert.Contains("question 4 of 5", shown, StringComparison.Ordinal); // free text: it was the answer
        }
        if (interrupts)
        {
            Assert.Contains($"question {answered + 1} of 5", (await chat.SaysAsync(Ada, "continue")).Shown(), StringComparison.Ordinal);
        }
    }
}
