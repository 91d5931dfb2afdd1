using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Nominations;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Tests.Nominations;

/// <summary>
/// What nomination tests set up in a <see cref="ChatHarness"/>: the Round Table people (members in four languages; Sam,
/// Kim and Lee on staff), Bob known by his e-mail address, the staff channel, and the steps of the nominate form.
/// </summary>
public static class NominationChat
{
    public const string BobsEmail = "bob.builder@example.org";

    public static async Task<ChatHarness> StartAsync(Action<NominationOptions>? options = null)
    {
        var chat = RoundTableChat.Start();
        if (options is not null)
        {
            chat.Dispose();
            chat = new ChatHarness(services =>
            {
                services.Configure<Dialogs.Members.CollabOptions>(o => o.Staff = [ChatHarness.StaffObjectId, "kim", "lee"]);
                services.Configure(options);
            });
            foreach (var person in RoundTableChat.Everyone)
            {
                chat.Members.Add(person);
            }
        }
        await chat.Members.UpdateAsync(RoundTableChat.Bob.Id, r => r with { Email = BobsEmail, SignInLookedUp = true }, default);
        await chat.WithStaffChannelAsync();
        return chat;
    }

    /// <summary>The answers of the expert form, in order: name, organisation, e-mail, expertise, other expertise, languages, availability, motivation.</summary>
    public static string[] ExpertAnswers(string nominee = "Bob Builder", string email = BobsEmail) =>
        [nominee, "European Patent Office", email, "5, 6", "skip", "English, French", "Two weeks a year", "Taught sequence searching at three CEPIUG workshops."];

    /// <summary>Walks the nominate form of this kind; every step but the last must ask the next question.</summary>
    /// <returns>What the member is told at the last step.</returns>
    public static async Task<IReadOnlyList<Reply>> NominatesAsync(this ChatHarness chat, Member member, string kind, params string[] answers)
    {
        string[] steps = [$"nominate {kind}", .. answers];
        foreach (var step in steps[..^1])
        {
            var replies = await chat.SaysAsync(member, step);
            Assert.True(replies.Count > 0 && replies[^1] is CardReply, $"step \"{step}\" should ask the next question, but said:\n{replies.Shown()}");
        }
        return await chat.SaysAsync(member, steps[^1]);
    }

    public static async Task<Nomination> NominationAsync(this ChatHarness chat, int number) =>
        await chat.Nominations.FindAsync(number, default) ?? throw new InvalidOperationException($"There is no N{number}.");

    /// <summary>The nomination's staff card, as staff see it now.</summary>
    public static async Task<AdaptiveCard> StaffCardAsync(this ChatHarness chat, int number) =>
        NominationCard.Build(await chat.Get<NominationViews>().CardAsync(await chat.NominationAsync(number), default));

    /// <summary>Presses the button with this verb on the nomination's staff card (those on the cards it opens included).</summary>
    public static async Task<IReadOnlyList<Reply>> PressesOnStaffCardAsync(this ChatHarness chat, Member member, int number, string verb,
        params (string Key, string Value)[] inputs)
    {
        chat.Conversation = ConversationKind.Channel;
        try
        {
            return await chat.PressesAsync(member, (await chat.StaffCardAsync(number)).Buttons().Single(b => b.Data[CardVerb.Key] == verb), inputs);
        }
        finally
        {
            chat.Conversation = ConversationKind.Personal;
        }
    }

    /// <summary>A review: a score, accept or decline, a comment.</summary>
    public static Task<IReadOnlyList<Reply>> ReviewsAsync(this ChatHarness chat, Member reviewer, int number, int score, bool accept, string comment = "") =>
        chat.PressesOnStaffCardAsync(reviewer, number, NominationVerbs.Review, (NominationVerbs.ScoreInput, score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (NominationVerbs.RecommendInput, accept ? "accept" : "decline"), (NominationVerbs.CommentInput, comment));
}
