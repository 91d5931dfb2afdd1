using CollabBot.Cards.Model;
using CollabBot.Dialogs;
using CollabBot.Dialogs.Consultations;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Dialogs.Nominations;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Questions;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Consultations;
using CollabBot.Tests.Contributions;
using CollabBot.Tests.Newsletters;
using CollabBot.Tests.Nominations;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Questions;
using CollabBot.Tests.Surveys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Tests.Support;

/// <summary>
/// The conversation engine with every feature, over in-memory stores and a fake clock: members' turns in, replies out.
/// Each member keeps their conversation state between turns, as in their own chat with the bot.
/// </summary>
public sealed class ChatHarness : IDisposable
{
    /// <summary>The object id the staff list holds.</summary>
    public const string StaffObjectId = "sam";

    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;
    private readonly Dictionary<MemberId, ConversationData> states = [];

    /// <param name="configure">Runs last, so what it registers replaces the harness's own services.</param>
    public ChatHarness(Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddOptions();
        collection.Configure<CollabOptions>(o => o.Staff = [StaffObjectId]);
        collection.Configure<SurveyOptions>(o => o.ResponseKey = "unit-test-response-key-0123456789-abcdefghijkl");
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton<IMemberStore>(Members);
        collection.AddSingleton<INotifier>(Notifier);
        collection.AddSingleton(Notifier);
        collection.AddSingleton<FakeDeliveries>();
        collection.AddSingleton<IDeliveries>(sp => sp.GetRequiredService<FakeDeliveries>());
        collection.AddSingleton<ISurveyStore>(Surveys);
        collection.AddSingleton<IExportRequests>(Exports);
        collection.AddSingleton<IPlansCatalogue>(Catalogue);
        collection.AddSingleton<IPlanSubscriptions>(Subscriptions);
        collection.AddSingleton<IPlanQuestions>(Questions);
        collection.AddSingleton<IQuestionStore>(RoundTable);
        collection.AddSingleton<INominationStore>(Nominations);
        collection.AddSingleton<IContributionStore>(Contributions);
        collection.AddSingleton<INewsletterStore>(Newsletters);
        collection.AddSingleton<IConsultationStore>(Consultations);
        collection.AddStrictTexts();
        collection.AddConversations();
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public FakeMemberStore Members { get; } = new();

    public FakeNotifier Notifier { get; } = new();

    /// <summary>What the features asked the delivery engine for; <c>DeliverAsync</c> and <c>RunDueAsync</c> send it.</summary>
    public FakeDeliveries Deliveries => Get<FakeDeliveries>();

    public InMemorySurveyStore Surveys { get; } = new();

    public RecordedExportRequests Exports { get; } = new();

    /// <summary>Empty until a test loads one (see <see cref="PlansChat.WithSampleCatalogue"/>).</summary>
    public InMemoryPlansCatalogue Catalogue { get; } = new();

    public InMemoryPlanSubscriptions Subscriptions { get; } = new();

    public InMemoryPlanQuestions Questions { get; } = new();

    /// <summary>Round Table meetings and their questions.</summary>
    public InMemoryQuestionStore RoundTable { get; } = new();

    public InMemoryNominationStore Nominations { get; } = new();

    public InMemoryContributionStore Contributions { get; } = new();

    public InMemoryNewsletterStore Newsletters { get; } = new();

    public InMemoryConsultationStore Consultations { get; } = new();

    /// <summary>The team channel of turns when <see cref="Conversation"/> is a channel.</summary>
    public TeamChannel? Channel { get; set; }

    /// <summary>Where the next turns happen: the member's personal chat unless a test says otherwise.</summary>
    public ConversationKind Conversation { get; set; } = ConversationKind.Personal;

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public ConversationData StateOf(Member member) =>
        states.TryGetValue(member.Id, out var state) ? state : states[member.Id] = new ConversationData();

    /// <summary>Forgets a member's conversation state (as if it were lost); what the stores hold stays.</summary>
    public void LoseState(Member member) => states.Remove(member.Id);

    public Task<IReadOnlyList<Reply>> SaysAsync(Member member, string text) =>
        RunAsync(new Turn { Sender = member, Conversation = Conversation, State = StateOf(member), Text = text, Channel = ChannelOfTurn });

    /// <summary>Presses a button of a card, with what the member typed or chose in the card's inputs.</summary>
    public Task<IReadOnlyList<Reply>> PressesAsync(Member member, SubmitAction button, params (string Key, string Value)[] inputs) =>
        PressesOnMessageAsync(member, null, button, inputs);

    /// <summary>Presses a button of a card on a message the bot sent (Teams tells which one).</summary>
    public Task<IReadOnlyList<Reply>> PressesOnMessageAsync(Member member, string? messageId, SubmitAction button, params (string Key, string Value)[] inputs)
    {
        var values = new Dictionary<string, string>(button.Data);
        foreach (var (key, value) in inputs)
        {
            values[key] = value;
        }
        return RunAsync(new Turn
        {
            Sender = member,
            Conversation = Conversation,
            State = StateOf(member),
            Submit = new CardSubmit(values[CardVerb.Key], values),
            PressedMessageId = messageId,
            Channel = ChannelOfTurn,
        });
    }

    /// <summary>Presses a button that sends this verb and these values.</summary>
    public Task<IReadOnlyList<Reply>> PressesAsync(Member member, string verb, params (string Key, string Value)[] values) =>
        PressesAsync(member, CardVerb.Button(verb, verb), values);

    public void Dispose() => services.Dispose();

    private TeamChannel? ChannelOfTurn => Conversation == ConversationKind.Channel ? Channel : null;

    private async Task<IReadOnlyList<Reply>> RunAsync(Turn turn)
    {
        await Get<ConversationEngine>().HandleAsync(turn, CancellationToken.None);
        return turn.Replies;
    }
}
