using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Contributions;

/// <summary>
/// What contribution tests set up in a <see cref="ChatHarness"/>: the Round Table people (members in four languages; Sam,
/// Kim and Lee on staff), the sample plans catalogue, the staff channel, and the steps of a channel's form.
/// </summary>
public static class ContributionChat
{
    /// <summary>The feedback form's answers, in order: product, general or one case, what happened, how important, may WIPO contact you.</summary>
    public static readonly string[] FeedbackAnswers = ["PATENTSCOPE", "One case", "The Chinese full texts of CN documents are unreadable after OCR.", "High", "yes"];

    public static async Task<ChatHarness> StartAsync(bool staffChannel = true)
    {
        var chat = RoundTableChat.Start().WithSampleCatalogue();
        if (staffChannel)
        {
            await chat.WithStaffChannelAsync();
        }
        return chat;
    }

    /// <summary>Walks a channel's form ("contribute feedback" and its answers); every step but the last must ask the next question.</summary>
    /// <returns>What the member is told at the last step.</returns>
    public static async Task<IReadOnlyList<Reply>> ContributesAsync(this ChatHarness chat, Member member, string channel, params string[] answers)
    {
        string[] steps = [$"contribute {channel}", .. answers];
        foreach (var step in steps[..^1])
        {
            var replies = await chat.SaysAsync(member, step);
            Assert.True(replies.Count > 0 && replies[^1] is CardReply, $"step \"{step}\" should ask the next question, but said:\n{replies.Shown()}");
        }
        return await chat.SaysAsync(member, steps[^1]);
    }

    public static async Task<Contribution> ContributionAsync(this ChatHarness chat, string kind, int number) =>
        await chat.Contributions.FindAsync(kind, number, default) ?? throw new InvalidOperationException($"There is no {kind} {number}.");

    /// <summary>The contribution's staff card, as staff see it now.</summary>
    public static async Task<AdaptiveCard> StaffCardAsync(this ChatHarness chat, string kind, int number) =>
        ContributionCard.Build((await chat.Get<ContributionViews>().CardAsync(await chat.ContributionAsync(kind, number), default))!);

    /// <summary>Presses a button on the contribution's staff card (those on the cards it opens included), in the staff channel.</summary>
    public static async Task<IReadOnlyList<Reply>> PressesOnStaffCardAsync(this ChatHarness chat, Member member, string kind, int number, string verb,
        string? outcome = null, params (string Key, string Value)[] inputs)
    {
        chat.Conversation = ConversationKind.Channel;
        try
        {
            var button = (await chat.StaffCardAsync(kind, number)).Buttons()
                .Single(b => b.Data[CardVerb.Key] == verb && (outcome is null || b.Data.GetValueOrDefault(ContributionVerbs.OutcomeKey) == outcome));
            return await chat.PressesAsync(member, button, inputs);
        }
        finally
        {
            chat.Conversation = ConversationKind.Personal;
        }
    }
}
