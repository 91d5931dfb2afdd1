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
                var known = await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
                var (number, count) = form.Position(cursor.Index, known);
                turn.Say(string.Join(" ", texts["Answering", form.Title, number, count],
                    texts[field.Required ? "ControlWords" : "ControlWordsWithSkip"], parser.Expectation(field)));
                await AskAsync(turn, owner, cursor, form, cancellationToken, known);
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
            var states = form.States(answers);
            var firstOpen = Enumerable.Range(0, form.Fields.Count).FirstOrDefault(i => states[i] == Visibility.Shown && answers[form.Fields[i].Id] is null, -1);
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
            if (form.States(answers)[index] == Visibility.Hidden)
            {
                turn.Say(texts["QuestionNotAsked"]); // an old card's button: the member's answers since then leave it out
                return;
            }
            await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, value, cancellationToken);
            answers = answers.With(field.Id, value);
        }
        if (current && cursor!.Index != index)
        {
            turn.Say(texts["AnswerChanged", form.Position(index, answers).Number, parser.Display(field, value)]);
            if (!cursor.Paused && cursor.Index < form.Fields.Count && form.States(answers)[cursor.Index] == Visibility.Hidden)
            {
                // The change leaves out the question being asked: go on to the next one asked.
                await AdvanceAsync(turn, owner, cursor, form, cancellationToken, answers);
            }
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
                {
                    var answers = await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
                    var states = form.States(answers);
                    // To the previous question asked: a branch not taken is stepped over.
                    var previous = cursor.Index - 1;
                    while (previous > 0 && states[previous] != Visibility.Shown)
                    {
                        previous--;
                    }
                    cursor.Index = Math.Max(0, previous);
                    cursor.Paused = false;
                    await AskAsync(turn, owner, cursor, form, cancellationToken, answers);
                    break;
                }
            case ControlWord.Skip when field.Required:
                turn.Say($"{texts["CannotSkip", form.Position(cursor.Index, await BranchingAnswersAsync(turn, owner, form, cancellationToken)).Number]} {parser.Expectation(field)}");
                break;
            case ControlWord.Skip:
                await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, "", cancellationToken);
                await AdvanceAsync(turn, owner, cursor, form, cancellationToken);
                break;
            case ControlWord.Later:
                {
                    cursor.Paused = true;
                    var (number, count) = form.Position(cursor.Index, await BranchingAnswersAsync(turn, owner, form, cancellationToken));
                    turn.Say($"{texts["PlaceKept", number, count]} {owner.FindAgain}");
                    break;
                }
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
        var states = form.States(answers);
        var next = cursor.Index + 1;
        while (next < form.Fields.Count && (states[next] != Visibility.Shown || (form.SkipAnswered && answers[form.Fields[next].Id] is not null)))
        {
            next++;
        }
        if (next < form.Fields.Count)
        {
            cursor.Index = next;
            await AskAsync(turn, owner, cursor, form, cancellationToken, answers);
            return;
        }
        var missing = -1;
        for (var i = 0; i < form.Fields.Count && missing < 0; i++)
        {
            missing = states[i] == Visibility.Shown && form.Fields[i].Required && answers[form.Fields[i].Id] is null ? i : -1;
        }
        if (missing >= 0)
        {
            cursor.Index = missing;
            turn.Say(texts["AlmostDone", form.Position(missing, answers).Number]);
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
        if (form.HasConditions && form.States(answers)[cursor.Index] == Visibility.Hidden)
        {
            // An answer changed meanwhile leaves this question out: on to the next one asked.
            await AdvanceAsync(turn, owner, cursor, form, cancellationToken, answers);
            return;
        }
        var (number, count) = form.Position(cursor.Index, answers);
        turn.Show(cards.Question(owner, form, cursor.Index, answers[form.Fields[cursor.Index].Id], number, count));
    }

    /// <summary>The member's answers when the form branches (its numbering depends on them); null, and no read, when it does not.</summary>
    private static async Task<FormAnswers?> BranchingAnswersAsync(Turn turn, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken) =>
        form.HasConditions ? await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken) : null;

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
                    var (number, count) = form.Position(cursor.Index, await BranchingAnswersAsync(turn, owner, form, cancellationToken));
                    turn.Show(cards.Continue(number, count, owner, form));
                }
                return true;
            }
        }
        return false;
    }
}
