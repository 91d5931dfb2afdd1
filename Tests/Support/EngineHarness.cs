using CollabBot.Dialogs;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Tests.Support;

/// <summary>The conversation engine with every feature registered and fakes for its stores: fast unit tests.</summary>
public sealed class EngineHarness : IDisposable
{
    private readonly ServiceProvider services;

    public EngineHarness(Action<IServiceCollection>? configure = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IMemberStore>(Members);
        collection.AddSingleton<INotifier>(Notifier);
        collection.AddInMemoryStores();
        collection.AddStrictTexts();
        collection.AddConversations();
        configure?.Invoke(collection);
        services = collection.BuildServiceProvider();
    }

    public FakeMemberStore Members { get; } = new();

    public FakeNotifier Notifier { get; } = new();

    public ConversationData State { get; } = new();

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async Task<Turn> SayAsync(Member sender, string text)
    {
        var turn = new Turn { Sender = sender, Conversation = ConversationKind.Personal, State = State, Text = text };
        await Get<ConversationEngine>().HandleAsync(turn, default);
        return turn;
    }

    public async Task<Turn> PressAsync(Member sender, string verb, params (string Key, string Value)[] values)
    {
        var data = values.ToDictionary(v => v.Key, v => v.Value);
        data["verb"] = verb;
        var turn = new Turn
        {
            Sender = sender,
            Conversation = ConversationKind.Personal,
            State = State,
            Submit = new CardSubmit(verb, data),
        };
        await Get<ConversationEngine>().HandleAsync(turn, default);
        return turn;
    }

    public void Dispose() => services.Dispose();
}

public static class ReplyText
{
    /// <summary>What a reply shows: its text, or the text of its card.</summary>
    public static string Shown(this Reply reply) => reply switch
    {
        TextReply t => t.Text,
        CardReply c => c.Card.ToJson(),
        CardUpdate u => u.Card.ToJson(),
        _ => "",
    };
}
