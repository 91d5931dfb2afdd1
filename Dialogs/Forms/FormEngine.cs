using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>
/// Walks a form step by step, one question per message, with the cursor in conversation state: answers,
/// back, skip, cancel, help, later, and interruptions. While a choice, rating, date, number or e-mail question
/// waits, text that does not fit is offered to the later stages (commands, plans questions); if one answers,
/// the form pauses and "continue?" is offered. On a free-text question only the control words interrupt.
/// </summary>
public sealed class FormEngine(IEnumerable<IFormOwner> owners, IServiceProvider services, AnswerParser parser, FormCards cards,
    IStringLocalizer<FormTexts> texts) : IMessageHandler
{
    private readonly Dictionary<string, IFormOwner> owners = owners.ToDictionary(o => o.Kind, StringComparer.Ordinal);

    public int Order => MessageHandlerOrder.Form;

    public IFormOwner? Owner(string kind) => owners.GetValueOrDefault(kind);

    public async Task<bool> TryHandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        // Forms are filled in the member's personal chat: a group's conversation state is shared by everyone in it.
        if (turn.State.Form is not { } cursor || turn.Conversation != ConversationKind.Personal)
        {
            return false;
        }
        var word = ControlWords.Of(turn.Text);
        if (cursor.Paused && word is not (ControlWord.Continue or ControlWord.Cancel))
        {
            return false;
        }
        if (Owner(cursor.Kind) is not { } owner)
        {
            turn.State.Form = null;
            return false;
        }
        var (form, refusal) = await owner.OpenForAsync(turn.Sender, cursor.FormId, cancellationToken);
        if (form is null)
        {
            turn.State.Form = null;
            turn.Say(refusal ?? texts["FormClosed"]);
            return false;
        }
        cursor.Index = Math.Clamp(cursor.Index, 0, form.Fields.Count - 1);
        var field = form.Fields[cursor.Index];
        switch (word)
        {
            case ControlWord.None:
                break;
            case ControlWord.Help:
                turn.Say(string.Join(" ", texts["Answering", form.Title, cursor.Index + 1, form.Fields.Count],
                    texts[field.Required ? "ControlWords" : "ControlWordsWithSkip"], parser.Expectation(field)));
                await AskAsync(turn, owner, cursor, form, cancellationToken);
                return true;
            default:
                await ControlAsync(turn, owner, cursor, form, word, cancellationToken);
                return true;
        }
        var (value, problem) = parser.Parse(field, turn.Text);
        if (value is not null)
        {
            await AdvanceAsync(turn, owner, cursor, form, cancellationToken,
                await SaveAndLoadAsync(turn, owner, form, field, value, cancellationToken));
            return true;
        }
        if (!field.IsFreeText && await InterruptedAsync(turn, owner, cursor, form, cancellationToken))
        {
            return true;
        }
        turn.Say(problem!);
        return true;
    }

    /// <summary>Starts the form step by step, or continues it where the member left it.</summary>
    public async Task StartAsync(Turn turn, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken)
    {
        if (turn.Conversation != ConversationKind.Personal)
        {
            SayPersonalOnly(turn, owner);
            return;
        }
        var cursor = turn.State.Form;
        if (cursor is null || cursor.Kind != owner.Kind || cursor.FormId != form.Id)
        {
            var answers = await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
            var firstOpen = form.Fields.ToList().FindIndex(f => answers[f.Id] is null);
            cursor = new FormCursor { Kind = owner.Kind, FormId = form.Id, Index = answers.Complete || firstOpen < 0 ? 0 : firstOpen };
            turn.State.Form = cursor;
            if (cursor.Index == 0 && form.Intro.Length > 0 && !answers.Complete)
            {
                turn.Say(texts["Intro", form.Title, form.Intro]);
            }
        }
        cursor.Paused = false;
        await AskAsync(turn, owner, cursor, form, cancellationToken);
    }

    /// <summary>An answer from a question card's button or list. A repeated press records nothing new.</summary>
    public async Task AnswerAsync(Turn turn, IFormOwner owner, FormDefinition form, string fieldId, string input, CancellationToken cancellationToken)
    {
        if (turn.Conversation != ConversationKind.Personal)
        {
            SayPersonalOnly(turn, owner);
            return;
        }
        var index = form.IndexOf(fieldId);
        if (index < 0)
        {
            turn.Say(texts["QuestionGone"]);
            return;
        }
        var field = form.Fields[index];
        var (value, problem) = parser.Parse(field, input);
        if (value is null)
        {
            turn.Say(problem!);
            return;
        }
        var cursor = turn.State.Form;
        var current = cursor is not null && cursor.Kind == owner.Kind && cursor.FormId == form.Id;
        FormAnswers answers;
        if (current && cursor!.Index == index && !cursor.Paused)
        {
            // The question being asked: its answer is recorded whatever was there before.
            answers = await SaveAndLoadAsync(turn, owner, form, field, value, cancellationToken);
        }
        else
        {
            answers = await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
            if (answers[field.Id] == value)
            {
                return; // a double click or a re-delivery: already recorded
            }
            await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, value, cancellationToken);
            answers = answers.With(field.Id, value);
        }
        if (current && cursor!.Index != index)
        {
            turn.Say(texts["AnswerChanged", index + 1, parser.Display(field, value)]);
            return;
        }
        cursor ??= new FormCursor { Kind = owner.Kind, FormId = form.Id, Index = index };
        cursor.Paused = false;
        turn.State.Form = cursor;
        await AdvanceAsync(turn, owner, cursor, form, cancellationToken, answers);
    }

    public async Task ControlAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, ControlWord word, CancellationToken cancellationToken)
    {
        var field = form.Fields[Math.Clamp(cursor.Index, 0, form.Fields.Count - 1)];
        switch (word)
        {
            case ControlWord.Back:
                cursor.Index = Math.Max(0, cursor.Index - 1);
                cursor.Paused = false;
                await AskAsync(turn, owner, cursor, form, cancellationToken);
                break;
            case ControlWord.Skip when field.Required:
                turn.Say($"{texts["CannotSkip", cursor.Index + 1]} {parser.Expectation(field)}");
                break;
            case ControlWord.Skip:
                await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, "", cancellationToken);
                await AdvanceAsync(turn, owner, cursor, form, cancellationToken);
                break;
            case ControlWord.Later:
                cursor.Paused = true;
                turn.Say($"{texts["PlaceKept", cursor.Index + 1, form.Fields.Count]} {owner.FindAgain}");
                break;
            case ControlWord.Cancel:
                turn.State.Form = null;
                turn.Say($"{texts["Stopped", form.Title]} {owner.FindAgain}");
                break;
            case ControlWord.Continue:
                cursor.Paused = false;
                await AskAsync(turn, owner, cursor, form, cancellationToken);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Records an answer and reads the member's others at the same time (one round trip instead of two): the
    /// answers as they are once this one is recorded.
    /// </summary>
    private static async Task<FormAnswers> SaveAndLoadAsync(Turn turn, IFormOwner owner, FormDefinition form, FormField field, string value,
        CancellationToken cancellationToken)
    {
        var load = owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        await Task.WhenAll(load, owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, value, cancellationToken));
        return load.Result.With(field.Id, value);
    }

    /// <param name="known">The member's answers when the caller has just read and updated them.</param>
    private async Task AdvanceAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken,
        FormAnswers? known = null)
    {
        var answers = known ?? await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        var next = cursor.Index + 1;
        while (form.SkipAnswered && next < form.Fields.Count && answers[form.Fields[next].Id] is not null)
        {
            next++;
        }
        if (next < form.Fields.Count)
        {
            cursor.Index = next;
            await AskAsync(turn, owner, cursor, form, cancellationToken, answers);
            return;
        }
        var missing = form.Fields.ToList().FindIndex(f => f.Required && answers[f.Id] is null);
        if (missing >= 0)
        {
            cursor.Index = missing;
            turn.Say(texts["AlmostDone", missing + 1]);
            await AskAsync(turn, owner, cursor, form, cancellationToken, answers);
            return;
        }
        await owner.CompleteAsync(turn.Sender, form.Id, cancellationToken);
        turn.State.Form = null;
        if (!await owner.AnswerCompletedAsync(turn, form, answers with { Complete = true }, inPlace: false, cancellationToken))
        {
            turn.Show(cards.Summary(owner, form, answers with { Complete = true }));
        }
    }

    private async Task AskAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken,
        FormAnswers? known = null)
    {
        var answers = known ?? await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        turn.Show(cards.Question(owner, form, cursor.Index, answers[form.Fields[cursor.Index].Id]));
    }

    private void SayPersonalOnly(Turn turn, IFormOwner owner) => turn.Say($"{texts["PersonalOnly"]} {owner.FindAgain}");

    private async Task<bool> InterruptedAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken)
    {
        // Resolved on use: the stages include this one.
        var later = services.GetServices<IMessageHandler>().Where(s => s.Order > Order).OrderBy(s => s.Order);
        foreach (var stage in later)
        {
            if (await stage.TryHandleAsync(turn, cancellationToken))
            {
                if (ReferenceEquals(turn.State.Form, cursor))
                {
                    cursor.Paused = true;
                    turn.Show(cards.Continue(owner, form, cursor.Index));
                }
                return true;
            }
        }
        return false;
    }
}
