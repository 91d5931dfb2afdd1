using CollabBot.Cards.Model;
using CollabBot.Dialogs;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Tests.Plans;

/// <summary>The conversation engine with every feature, over in-memory stores holding the sample catalogue.</summary>
public sealed class PlansHarness : IDisposable
{
    public const string Tenant = "tenant-1";

    private static readonly Lazy<CatalogueFile.Content> Sample = new(() =>
        CatalogueFile.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "Bot", "SampleData", "catalogue.sample.json"))));

    private readonly ServiceProvider services;

    public PlansHarness()
    {
        Catalogue.Load(Sample.Value);
        var collection = new ServiceCollection();
        collection.AddOptions<CollabOptions>();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton<IPlansCatalogue>(Catalogue);
        collection.AddSingleton<IPlanSubscriptions>(Subscriptions);
        collection.AddSingleton<IPlanQuestions>(Questions);
        collection.AddSingleton<IMemberStore>(Members);
        collection.AddSingleton<INotifier>(Notifier);
        collection.AddInMemoryStores();
        collection.AddStrictTexts();
        collection.AddConversations();
        services = collection.BuildServiceProvider();
    }

    public static CatalogueFile.Content SampleCatalogue => Sample.Value;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));

    public InMemoryPlansCatalogue Catalogue { get; } = new();

    public InMemoryPlanSubscriptions Subscriptions { get; } = new();

    public InMemoryPlanQuestions Questions { get; } = new();

    public FakeMemberStore Members { get; } = new();

    public FakeNotifier Notifier { get; } = new();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public static Member Person(string objectId, string locale = "en-US", Role role = Role.Member) =>
        new(new MemberId(Tenant, objectId), "Ada " + objectId, role, locale);

    public Task<IReadOnlyList<Reply>> SaysAsync(Member sender, string text) => RunAsync(new Turn
    {
        Sender = sender,
        Conversation = ConversationKind.Personal,
        State = new ConversationData(),
        Text = text,
    });

    public Task<IReadOnlyList<Reply>> PressesAsync(Member sender, SubmitAction button, params (string Key, string Value)[] inputs)
    {
        var values = new Dictionary<string, string>(button.Data);
        foreach (var (key, value) in inputs)
        {
            values[key] = value;
        }
        return RunAsync(new Turn
        {
            Sender = sender,
            Conversation = ConversationKind.Personal,
            State = new ConversationData(),
            Submit = new CardSubmit(values[CardVerb.Key], values),
        });
    }

    /// <summary>"text: ..." for a message, "card: first text block" for a card, "update: ..." for a card replaced in place.</summary>
    public static string Describe(Reply reply) => reply switch
    {
        TextReply t => "text: " + t.Text,
        CardReply c => "card: " + Heading(c.Card),
        CardUpdate u => "update: " + Heading(u.Card),
        _ => reply.GetType().Name,
    };

    public static string Heading(AdaptiveCard card) => card.Body.OfType<TextBlock>().First().Text;

    /// <summary>Every text of a card: text blocks, facts and button titles.</summary>
    public static string AllText(AdaptiveCard card) => string.Join("\n", Texts(card.Body).Concat(card.Actions?.Select(a => a.Title) ?? []));

    public static IEnumerable<SubmitAction> Buttons(AdaptiveCard card) =>
        Actions(card.Body).Concat(Expand(card.Actions ?? [])).OfType<SubmitAction>();

    // A ShowCard button's card holds its own inputs and buttons.
    private static IEnumerable<CardAction> Expand(IEnumerable<CardAction> actions) =>
        actions.SelectMany(a => a is ShowCardAction show ? Buttons(show.Card).Cast<CardAction>().Prepend(a) : [a]);

    /// <summary>Does what the host's news worker does: tells followers the news staff changes queued.</summary>
    public async Task DeliverNewsAsync()
    {
        while (Get<FollowerNewsQueue>().TryDequeue(out var news))
        {
            await Get<FollowerNews>().TellAsync(news!.Product, news.Change, default);
        }
    }

    public void Dispose() => services.Dispose();

    private async Task<IReadOnlyList<Reply>> RunAsync(Turn turn)
    {
        await Get<ConversationEngine>().HandleAsync(turn, CancellationToken.None);
        return turn.Replies;
    }

    private static IEnumerable<string> Texts(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            IEnumerable<string> inner = element switch
            {
                TextBlock t => [t.Text],
                FactSet f => f.Facts.SelectMany(x => new[] { x.Title, x.Value }),
                Container c => Texts(c.Items),
                ColumnSet s => s.Columns.SelectMany(col => Texts(col.Items)),
                ActionSet a => a.Actions.Select(x => x.Title),
                CardInput i => [i.Label ?? ""],
                _ => [],
            };
            foreach (var text in inner)
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<CardAction> Actions(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            IEnumerable<CardAction> inner = element switch
            {
                Container c => Actions(c.Items),
                ColumnSet s => s.Columns.SelectMany(col => Actions(col.Items)),
                ActionSet a => Expand(a.Actions),
                _ => [],
            };
            foreach (var action in inner)
            {
                yield return action;
            }
        }
    }
}
