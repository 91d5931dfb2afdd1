using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Tests.Contributions;

/// <summary>
/// What contribution tests set up in a <see cref="ChatHarness"/>: the Round Table people (members in four languages; Sam,
/// Kim and Lee on staff), the sample plans catalogue, the staff channel, and the steps of a channel's form.
/// </summary>
public static class ContributionChat
{
    /// <summary>The feedback form's answers, in order: product, general or one case, what happened, how important, may WIPO contact you.</summary>
    public static readonly string[] FeedbackAnswers = ["PATENTSCOPE", "One case", "The Chinese full texts of CN documents are unreadable after OCR.", "High", "yes"];

    public static async Task<ChatHarness> StartAsync(bool staffChannel = true) => await StartAsync(null, null, staffChannel);

    /// <summary>As <see cref="StartAsync(bool)"/>, with the contributions' and the pings' configuration.</summary>
    public static async Task<ChatHarness> StartAsync(Action<ContributionOptions>? contributions, Action<QuestionOptions>? questions = null,
        bool staffChannel = true)
    {
        var chat = new ChatHarness(services =>
        {
            services.Configure<CollabOptions>(o => o.Staff = [ChatHarness.StaffObjectId, "kim", "lee"]);
            if (contributions is not null)
            {
                services.Configure(contributions);
            }
            if (questions is not null)
            {
                services.Configure(questions);
            }
        }).WithSampleCatalogue();
        foreach (var person in RoundTableChat.Everyone)
        {
            chat.Members.Add(person);
        }
        if (staffChannel)
        {
            await chat.WithStaffChannelAsync();
        }
        return chat;
    }

    /// <summary>The magazine form's answers, in order: title, abstract, authors, language (1 is English).</summary>
    public static string[] MagazineAnswers(string title = "Searching sequence listings in 2027") =>
        [title, "How WIPO Sequence changes the way we search biological sequences.", "Ada Lovelace, Grace Hopper", "1"];

    /// <summary>The Inspire form's answers, in order: database, coverage, why, volunteers to review.</summary>
    public static readonly string[] InspireAnswers = ["Lens.org", "Patents from 100 offices, 1900 to now, full texts for 20.", "Many of our members use it.", "yes"];

    /// <summary>The task force form's answers, in order: committee (1 is the CWS), group, what they would bring.</summary>
    public static readonly string[] TaskForceAnswers = ["1", "XML4IP Task Force", "Ten years of ST.96 implementation at a national office."];

    /// <summary>Says each step in turn; every step but the last must ask the next question.</summary>
    /// <returns>What the member is told at the last step.</returns>
    public static async Task<IReadOnlyList<Reply>> WalksAsync(this ChatHarness chat, Member member, params string[] steps)
    {
        foreach (var step in steps[..^1])
        {
            var replies = await chat.SaysAsync(member, step);
            Assert.True(replies.Count > 0 && replies[^1] is CardReply, $"step \"{step}\" should ask the next question, but said:\n{replies.Shown()}");
        }
        return await chat.SaysAsync(member, steps[^1]);
    }

    /// <summary>A staff decision pressed on the contribution's card, with what the member will read.</summary>
    public static Task<IReadOnlyList<Reply>> DecidesAsync(this ChatHarness chat, Member staff, string kind, int number, string outcome, string reply = "",
        params (string Key, string Value)[] more) =>
        chat.PressesOnStaffCardAsync(staff, kind, number, ContributionVerbs.Decide, outcome, [(ContributionVerbs.ReplyInputOf(outcome), reply), .. more]);

    /// <summary>A staff button sent with these values, whatever the card shows now (an old card, a forged payload).</summary>
    public static Task<IReadOnlyList<Reply>> PressesStaffVerbAsync(this ChatHarness chat, Member member, string verb, params (string Key, string Value)[] values) =>
        chat.PressesAsync(member, CardVerb.Button(verb, verb, values));

    /// <summary>Walks a channel's form ("contribute feedback" and its answers); every step but the last must ask the next question.</summary>
    /// <returns>What the member is told at the last step.</returns>
    public static Task<IReadOnlyList<Reply>> ContributesAsync(this ChatHarness chat, Member member, string channel, params string[] answers) =>
        chat.WalksAsync(member, [$"contribute {channel}", .. answers]);

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
