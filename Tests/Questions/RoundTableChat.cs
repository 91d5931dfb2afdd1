using CollabBot.Cards.Model;
using CollabBot.Cards.Questions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Tests.Questions;

/// <summary>
/// What Round Table tests set up in a <see cref="ChatHarness"/>: members in four languages, three members of staff
/// (Kim and Lee besides the harness's Sam), a meeting open for questions, the staff channel, and the steps of the ask form.
/// </summary>
public static class RoundTableChat
{
    public const string Tenant = "t1";
    public const string MeetingId = "round-table-2026";
    public const string MeetingName = "Round Table 2026";
    public const string ChannelAddress = "staff-channel-address";

    private static readonly TimeSpan Zurich = TimeSpan.FromHours(1);

    public static readonly Member Ada = new(new MemberId(Tenant, "ada"), "Ada Lovelace", Role.Member, "en-US", "PIUG");
    public static readonly Member Bob = new(new MemberId(Tenant, "bob"), "Bob Builder", Role.Member, "en-GB", "CEPIUG");
    public static readonly Member Chloe = new(new MemberId(Tenant, "chloe"), "Chloé Martin", Role.Member, "fr-FR", "PDG");
    public static readonly Member Elena = new(new MemberId(Tenant, "elena"), "Elena García", Role.Member, "es-ES", "AIDB");
    public static readonly Member Dieter = new(new MemberId(Tenant, "dieter"), "Dieter Weber", Role.Member, "de-DE", "AFPIC");
    public static readonly Member Sam = new(new MemberId(Tenant, ChatHarness.StaffObjectId), "Sam Staff", Role.Staff, "en-US");
    public static readonly Member Kim = new(new MemberId(Tenant, "kim"), "Kim Staff", Role.Staff, "en-US");
    public static readonly Member Lee = new(new MemberId(Tenant, "lee"), "Lee Lead", Role.Staff, "en-US");

    public static readonly Member[] Everyone = [Ada, Bob, Chloe, Elena, Dieter, Sam, Kim, Lee];

    /// <summary>Collecting questions from 1 to 30 November 2026 (Zurich time) for the meeting of 3 December.</summary>
    public static readonly Meeting OpenMeeting = new(MeetingId, MeetingName, new(2026, 12, 3, 0, 0, 0, Zurich), new(2026, 11, 1, 0, 0, 0, Zurich),
        new(2026, 12, 1, 0, 0, 0, Zurich), ["Fees", "PATENTSCOPE"], "Sam Staff", new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// A harness where Sam, Kim and Lee are staff and everyone has spoken to the bot; <paramref name="options"/> sets the
    /// pings' configuration.
    /// </summary>
    public static ChatHarness Start(Action<QuestionOptions>? options = null, bool registered = true)
    {
        var chat = new ChatHarness(services =>
        {
            services.Configure<CollabOptions>(o => o.Staff = [ChatHarness.StaffObjectId, "kim", "lee"]);
            if (options is not null)
            {
                services.Configure(options);
            }
        });
        if (registered)
        {
            foreach (var person in Everyone)
            {
                chat.Members.Add(person);
            }
        }
        return chat;
    }

    public static async Task<ChatHarness> WithOpenMeetingAsync(this ChatHarness chat)
    {
        await chat.RoundTable.SaveMeetingAsync(OpenMeeting, default);
        return chat;
    }

    /// <summary>The staff channel as "use this channel for questions" saves it.</summary>
    public static async Task<ChatHarness> WithStaffChannelAsync(this ChatHarness chat)
    {
        await chat.RoundTable.SaveStaffChannelAsync(new StaffChannel("team-1", "Round Table staff", "19:staff@thread.tacv2", Tenant, ChannelAddress,
            Sam.Name, chat.Clock.GetUtcNow()), default);
        return chat;
    }

    /// <summary>A standard channel of a team whose roster is <paramref name="roster"/>.</summary>
    public static TeamChannel TeamChannel(params RosterEntry[] roster) =>
        new("team-1", "Round Table staff", "19:staff@thread.tacv2", Tenant, ChannelAddress, _ => Task.FromResult<IReadOnlyList<RosterEntry>>(roster));

    /// <summary>
    /// Walks the ask form: "ask a question", the first topic, the text, how to be shown (1 named, 2 group only,
    /// 3 anonymous) and whether others may see it. Every step but the last must ask the next question.
    /// </summary>
    /// <returns>What the member is told at the last step.</returns>
    public static async Task<IReadOnlyList<Reply>> AsksAsync(this ChatHarness chat, Member member, string text, int shown = 1, bool share = true)
    {
        string[] steps = ["ask a question", "1", text, shown.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            var replies = await chat.SaysAsync(member, step);
            Assert.True(replies.Count > 0 && replies[^1] is CardReply, $"step \"{step}\" should ask question {index + 1}, but said:\n{replies.Shown()}");
        }
        return await chat.SaysAsync(member, share ? "yes" : "no");
    }

    public static async Task<Question> QuestionAsync(this ChatHarness chat, int number) =>
        await chat.RoundTable.FindAsync(MeetingId, number, default) ?? throw new InvalidOperationException($"There is no Q{number}.");

    /// <summary>The question's ticket card, as staff see it in the channel now.</summary>
    public static async Task<AdaptiveCard> TicketAsync(this ChatHarness chat, int number) =>
        TicketCard.Build(await chat.Get<QuestionViews>().TicketAsync(await chat.QuestionAsync(number), default));

    /// <summary>The button with this verb on the question's ticket card (those on the cards it opens included).</summary>
    public static async Task<SubmitAction> TicketButtonAsync(this ChatHarness chat, int number, string verb) =>
        (await chat.TicketAsync(number)).Buttons().Single(b => b.Data[CardVerb.Key] == verb);

    /// <summary>Presses a button of the question's ticket card, with what staff typed or chose on it.</summary>
    public static async Task<IReadOnlyList<Reply>> PressesOnTicketAsync(this ChatHarness chat, Member member, int number, string verb,
        params (string Key, string Value)[] inputs) =>
        await chat.PressesAsync(member, await chat.TicketButtonAsync(number, verb), inputs);

    /// <summary>What was delivered to someone, in order.</summary>
    public static List<Reply> DeliveredTo(this ChatHarness chat, Member member) =>
        [.. chat.Notifier.Sent.Where(s => s.To == member.Id).Select(s => s.Message)];

    /// <summary>What was delivered into the staff channel (its ticket cards and the pings in their threads).</summary>
    public static List<Reply> DeliveredToChannel(this ChatHarness chat) =>
        [.. chat.Notifier.Sent.Where(s => s.To.ObjectId == QuestionTickets.ChannelKey).Select(s => s.Message)];
}
