using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Newsletters;

/// <summary>What newsletter tests do in a <see cref="ChatHarness"/> with the Round Table people: compose, send, find buttons.</summary>
public static class NewsletterChat
{
    public const string Body = "WIPO Translate now covers **Korean**.\n\nRead the [release notes](https://www.wipo.int/patentscope).";

    public static async Task<ChatHarness> StartAsync()
    {
        var chat = RoundTableChat.Start();
        await chat.WithStaffChannelAsync();
        return chat;
    }

    /// <summary>The composer's inputs for an English newsletter, with <paramref name="more"/> added or replacing.</summary>
    public static (string Key, string Value)[] Inputs(string title = "PATENTSCOPE news", string body = Body, params (string Key, string Value)[] more)
    {
        var inputs = new Dictionary<string, string>
        {
            [NewsletterVerbs.TitleInput("en")] = title,
            [NewsletterVerbs.BodyInput("en")] = body,
        };
        foreach (var (key, value) in more)
        {
            inputs[key] = value;
        }
        return [.. inputs.Select(i => (i.Key, i.Value))];
    }

    /// <summary>Staff open the composer and save it with these inputs.</summary>
    public static async Task<IReadOnlyList<Reply>> ComposesAsync(this ChatHarness chat, Member staff, params (string Key, string Value)[] inputs)
    {
        var composer = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(staff, "new newsletter"))).Card;
        return await chat.PressesAsync(staff, composer.Button(NewsletterVerbs.Save), inputs);
    }

    /// <summary>A newsletter composed (NL1 first) and sent now to all members, and delivered.</summary>
    public static async Task<AdaptiveCard> SendsAsync(this ChatHarness chat, Member staff, params (string Key, string Value)[] inputs)
    {
        var card = Updated(await chat.ComposesAsync(staff, inputs.Length > 0 ? inputs : Inputs()));
        var sent = Updated(await chat.PressesAsync(staff, card.Button(NewsletterVerbs.SendNow), (NewsletterVerbs.AudienceInput, "all")));
        await chat.Deliveries.DeliverAsync();
        return sent;
    }

    public static AdaptiveCard Updated(IReadOnlyList<Reply> replies) =>
        replies.OfType<CardUpdate>().Select(u => u.Card).FirstOrDefault() ?? throw new InvalidOperationException($"No card was updated:\n{replies.Shown()}");

    public static SubmitAction Button(this AdaptiveCard card, string verb) =>
        card.Buttons().FirstOrDefault(b => b.Data[CardVerb.Key] == verb) ?? throw new InvalidOperationException($"No {verb} button on:\n{card.AllText()}");

    /// <summary>The newsletter card the member last got.</summary>
    public static AdaptiveCard NewsletterOf(this ChatHarness chat, Member member) =>
        chat.DeliveredTo(member).Select(r => r switch { CardReply c => c.Card, CardUpdate u => u.Card, _ => null }).OfType<AdaptiveCard>().Last();
}
