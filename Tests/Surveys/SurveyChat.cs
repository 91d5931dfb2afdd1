using System.Text.Json;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Model;
using CollabBot.Dialogs;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Tests.Surveys;

/// <summary>The conversation engine with every feature, on in-memory stores and a fake clock: turns in, replies out.</summary>
public sealed class SurveyChat : IDisposable
{
    public const string SurveyId = "user-feedback";

    public static readonly Member Ada = new(new MemberId("t1", "ada"), "Ada Member", Role.Member, "en-US", "PIUG");
    public static readonly Member Bob = new(new MemberId("t1", "bob"), "Bob Member", Role.Member, "en-US", "CEPIUG");
    public static readonly Member Sam = new(new MemberId("t1", "sam"), "Sam Staff", Role.Staff, "en-US");

    private readonly ServiceProvider services;
    private readonly Dictionary<MemberId, ConversationData> states = [];

    public SurveyChat(Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddOptions();
        collection.Configure<SurveyOptions>(o => o.ResponseKey = "unit-test-response-key-0123456789-abcdefghijkl");
        collection.Configure<CollabOptions>(o => o.Staff = ["sam"]);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton<ISurveyStore>(Store);
        collection.AddSingleton<IMemberStore>(Members);
        collection.AddSingleton<INotifier>(Notifier);
        collection.AddSingleton<IExportRequests, RecordedExportRequests>();
        collection.AddInMemoryStores();
        collection.AddStrictTexts();
        collection.AddConversations();
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
        Members.Add(Ada);
        Members.Add(Bob);
        Members.Add(Sam);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    public InMemorySurveyStore Store { get; } = new();

    public FakeMemberStore Members { get; } = new();

    public FakeNotifier Notifier { get; } = new();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public ConversationData StateOf(Member member) => states.TryGetValue(member.Id, out var s) ? s : states[member.Id] = new ConversationData();

    /// <summary>Forgets a member's conversation state (as if it were lost), keeping the stored answers.</summary>
    public void LoseState(Member member) => states.Remove(member.Id);

    public async Task<IReadOnlyList<Reply>> Says(Member member, string text)
    {
        var turn = new Turn { Sender = member, Conversation = ConversationKind.Personal, State = StateOf(member), Text = text };
        await Get<ConversationEngine>().HandleAsync(turn, default);
        return turn.Replies;
    }

    public async Task<IReadOnlyList<Reply>> Presses(Member member, string verb, params (string Key, string Value)[] values)
    {
        var data = values.ToDictionary(v => v.Key, v => v.Value);
        data[CardVerb.Key] = verb;
        var turn = new Turn { Sender = member, Conversation = ConversationKind.Personal, State = StateOf(member), Submit = new CardSubmit(verb, data) };
        await Get<ConversationEngine>().HandleAsync(turn, default);
        return turn.Replies;
    }

    public Task<IReadOnlyList<Reply>> PressesForm(Member member, string verb, params (string Key, string Value)[] values) =>
        Presses(member, verb, [(FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, SurveyId), .. values]);

    /// <summary>The five-question survey most tests answer, opened.</summary>
    public async Task<Survey> OpenSampleAsync(bool anonymous = false, DateTimeOffset? deadline = null, IReadOnlyList<string>? audience = null)
    {
        var survey = new Survey(SurveyId, "User feedback", "Five quick questions about our products.",
        [
            new FormField("product", "Which product do you use most?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "Global Brand Database", "WIPO Inspire"] },
            new FormField("satisfaction", "How satisfied are you?", FieldType.Rating),
            new FormField("improve", "What should we improve?", FieldType.LongText, Required: false),
            new FormField("searches", "How many searches do you run per week?", FieldType.Number, Required: false) { Min = 0, Max = 1000 },
            new FormField("contact", "May we contact you about your answers?", FieldType.YesNo),
        ], anonymous, audience ?? [], deadline, "sam", Clock.GetUtcNow());
        await Store.SaveAsync(survey, default);
        return await Get<SurveyCampaigns>().OpenAsync((await Store.FindAsync(SurveyId, default))!, default);
    }

    /// <summary>What a person sees of a reply: its text, or every text of the card.</summary>
    public static string Shown(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        CardReply c => CardText(c.Card),
        CardUpdate u => "(updated) " + CardText(u.Card),
        _ => "",
    };

    public static string Shown(IEnumerable<Reply> replies) => string.Join("\n---\n", replies.Select(Shown));

    public static string CardText(AdaptiveCard card)
    {
        var texts = new List<string>();
        Collect(JsonDocument.Parse(card.ToJson()).RootElement, texts);
        return string.Join("\n", texts);
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name is "text" or "title" or "label" or "fallbackText" or "value" && p.Value.ValueKind == JsonValueKind.String)
                {
                    texts.Add(p.Value.GetString()!);
                }
                else
                {
                    Collect(p.Value, texts);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, texts);
            }
        }
    }

    public void Dispose() => services.Dispose();
}
