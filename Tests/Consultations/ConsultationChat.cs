using CollabBot.Cards.Consultations;
using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Consultations;

/// <summary>What consultation tests do in a <see cref="ChatHarness"/> with the Round Table people: representatives, compose, answer.</summary>
public static class ConsultationChat
{
    public const string Title = "Sequence listings in PATENTSCOPE";
    public const string Text = "WIPO plans to show sequence listings in PATENTSCOPE search results from 2027. Would your members use it?";

    /// <summary>A second representative of PIUG, besides Ada.</summary>
    public static readonly Member Pat = new(new MemberId(Tenant, "pat"), "Pat Searcher", Role.Member, "en-US", "PIUG");

    /// <summary>The composer's inputs: by default a deadline of 1 December 2026, 17:00 UTC (the harness starts on 25 November), the major groups.</summary>
    public static (string Key, string Value)[] Inputs(string title = Title, string text = Text, string date = "2026-12-01", string time = "17:00",
        string groups = "PDG,PIUG,CEPIUG") =>
        [(ConsultationVerbs.TitleInput, title), (ConsultationVerbs.TextInput, text), (ConsultationVerbs.DateInput, date), (ConsultationVerbs.TimeInput, time),
         (ConsultationVerbs.GroupsInput, groups)];

    /// <summary>Staff open the composer and press "send" with these inputs.</summary>
    public static async Task<IReadOnlyList<Reply>> ConsultsAsync(this ChatHarness chat, Member staff, params (string Key, string Value)[] inputs)
    {
        var composer = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(staff, "new consultation"))).Card;
        return await chat.PressesAsync(staff, composer.Buttons().Single(b => b.Data[CardVerb.Key] == ConsultationVerbs.Send), inputs.Length > 0 ? inputs : Inputs());
    }

    /// <summary>The card a representative last got or had updated.</summary>
    public static AdaptiveCard ConsultationOf(this ChatHarness chat, Member member) =>
        chat.DeliveredTo(member).Select(r => r switch { CardReply c => c.Card, CardUpdate u => u.Card, _ => null }).OfType<AdaptiveCard>().Last();

    /// <summary>A representative answers from the card they got.</summary>
    public static Task<IReadOnlyList<Reply>> AnswersAsync(this ChatHarness chat, Member member, string answer, AdaptiveCard? card = null) =>
        chat.PressesAsync(member, (card ?? chat.ConsultationOf(member)).Buttons().Single(b => b.Data[CardVerb.Key] == ConsultationVerbs.Answer),
            (ConsultationVerbs.AnswerInput, answer));

    public static AdaptiveCard Updated(IReadOnlyList<Reply> replies) =>
        replies.OfType<CardUpdate>().Select(u => u.Card).FirstOrDefault() ?? throw new InvalidOperationException($"No card was updated:\n{replies.Shown()}");

    /// <summary>The member asks to represent their confirmed group and staff confirm it from the pending-groups card.</summary>
    public static async Task MakeRepresentativeAsync(this ChatHarness chat, Member member)
    {
        await chat.PressesAsync(member, ProfileCard.SaveVerb, (ProfileCard.GroupInput, member.UserGroup!), (ProfileCard.RepresentsInput, "true"));
        await chat.PressesAsync(Sam, PendingGroupsCard.ConfirmVerb, (PendingGroupsCard.TenantKey, member.Id.TenantId),
            (PendingGroupsCard.MemberKey, member.Id.ObjectId), (PendingGroupsCard.GroupKey, member.UserGroup!), (PendingGroupsCard.RepresentKey, "1"));
        Assert.True((await RepresentativeTests.RecordAsync(chat, member)).RepresentsGroup, $"{member.Name} should now represent {member.UserGroup}");
        chat.Notifier.Sent.Clear();
    }

    /// <summary>The Round Table people and Pat; Ada and Pat represent PIUG, Chloé PDG; Bob is a member of CEPIUG, Elena represents AIDB (not asked by default).</summary>
    public static async Task<ChatHarness> StartAsync(bool staffChannel = true)
    {
        var chat = Start();
        chat.Members.Add(Pat);
        if (staffChannel)
        {
            await chat.WithStaffChannelAsync();
        }
        foreach (var representative in new[] { Ada, Pat, Chloe, Elena })
        {
            await chat.MakeRepresentativeAsync(representative);
        }
        return chat;
    }
}
