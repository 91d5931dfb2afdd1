using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Dialogs.Forms;

/// <summary>
/// Walks a form step by step, one question per message, with the cursor in conversation state: answers,
/// back, skip, cancel, help, later, and interruptions. While a choice, rating, date, number or e-mail question
/// waits, text that does not fit is offered to the later stages (commands, plans questions); if one answers,
/// the form pauses and "continue?" is offered. On a free-text question only the control words interrupt.
/// </summary>
public sealed class FormEngine(IEnumerable<IFormOwner> owners, IServiceProvider services) : IMessageHandler
{
    private readonly Dictionary<string, IFormOwner> owners = owners.ToDictionary(o => o.Kind, StringComparer.Ordinal);

    public const string PersonalOnly = "Please answer in your personal chat with me: open it from the app's icon, then say **my surveys**.";

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
            turn.Say(refusal ?? "That form is no longer open.");
            return false;
        }
        cursor.Index = Math.Clamp(cursor.Index, 0, form.Fields.Count - 1);
        var field = form.Fields[cursor.Index];
        switch (word)
        {
            case ControlWord.None:
                break;
            case ControlWord.Help:
                turn.Say($"You're answering the {form.Noun} \"{form.Title}\", question {cursor.Index + 1} of {form.Fields.Count}. " +
                    "Answer it, or say **back** (previous question), " + (field.Required ? "" : "**skip** (leave this one out), ") +
                    "**later** (keep your place) or **cancel** (stop; what you answered is kept). " + AnswerParser.Expectation(field));
                await AskAsync(turn, owner, cursor, form, cancellationToken);
                return true;
            default:
                await ControlAsync(turn, owner, cursor, form, word, cancellationToken);
                return true;
        }
        var (value, problem) = AnswerParser.Parse(field, turn.Text);
        if (value is not null)
        {
            await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, value, cancellationToken);
            await AdvanceAsync(turn, owner, cursor, form, cancellationToken);
            return true;
        }
        if (!field.IsFreeText && await InterruptedAsync(turn, cursor, form, cancellationToken))
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
            turn.Say(PersonalOnly);
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
                turn.Say($"**{form.Title}**: {form.Intro}");
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
            turn.Say(PersonalOnly);
            return;
        }
        var index = form.IndexOf(fieldId);
        if (index < 0)
        {
            turn.Say("That question is no longer part of the form.");
            return;
        }
        var field = form.Fields[index];
        var (value, problem) = AnswerParser.Parse(field, input);
        if (value is null)
        {
            turn.Say(problem!);
            return;
        }
        var cursor = turn.State.Form;
        var current = cursor is not null && cursor.Kind == owner.Kind && cursor.FormId == form.Id;
        var answers = await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        if (answers[field.Id] == value && !(current && cursor!.Index == index && !cursor.Paused))
        {
            return; // a double click or a re-delivery: already recorded
        }
        await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, value, cancellationToken);
        answers = answers.With(field.Id, value);
        if (current && cursor!.Index != index)
        {
            turn.Say($"Changed your answer to question {index + 1}: {AnswerParser.Display(field, value)}.");
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
                turn.Say($"Question {cursor.Index + 1} needs an answer, so it can't be skipped. {AnswerParser.Expectation(field)}");
                break;
            case ControlWord.Skip:
                await owner.SaveAnswerAsync(turn.Sender, form.Id, field.Id, "", cancellationToken);
                await AdvanceAsync(turn, owner, cursor, form, cancellationToken);
                break;
            case ControlWord.Later:
                cursor.Paused = true;
                turn.Say($"OK, I'll keep your place at question {cursor.Index + 1} of {form.Fields.Count}. " +
                    $"Say **continue** when you're ready, or find it under **my surveys**.");
                break;
            case ControlWord.Cancel:
                turn.State.Form = null;
                turn.Say($"Stopped the {form.Noun} \"{form.Title}\". The answers you gave are kept; " +
                    "you can pick it up again from **my surveys** until it closes.");
                break;
            case ControlWord.Continue:
                cursor.Paused = false;
                await AskAsync(turn, owner, cursor, form, cancellationToken);
                break;
            default:
                break;
        }
    }

    /// <param name="known">The member's answers when the caller has just read and updated them.</param>
    private async Task AdvanceAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken,
        FormAnswers? known = null)
    {
        if (cursor.Index + 1 < form.Fields.Count)
        {
            cursor.Index++;
            await AskAsync(turn, owner, cursor, form, cancellationToken, known);
            return;
        }
        var answers = known ?? await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        var missing = form.Fields.ToList().FindIndex(f => f.Required && answers[f.Id] is null);
        if (missing >= 0)
        {
            cursor.Index = missing;
            turn.Say($"Almost done: question {missing + 1} still needs an answer.");
            await AskAsync(turn, owner, cursor, form, cancellationToken, answers);
            return;
        }
        await owner.CompleteAsync(turn.Sender, form.Id, cancellationToken);
        turn.State.Form = null;
        turn.Show(FormSummaryCard.Build(Summary(owner, form, answers with { Complete = true })));
    }

    private static async Task AskAsync(Turn turn, IFormOwner owner, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken,
        FormAnswers? known = null)
    {
        var answers = known ?? await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken);
        var field = form.Fields[cursor.Index];
        var current = answers[field.Id];
        turn.Show(QuestionCard.Build(new QuestionView(owner.Kind, form.Id, form.Title, field.Id, field.Prompt, InputKind(field.Type),
            field.Choices, cursor.Index + 1, form.Fields.Count, field.Required, AnswerParser.Expectation(field),
            current is null ? null : AnswerParser.Display(field, current))));
    }

    private async Task<bool> InterruptedAsync(Turn turn, FormCursor cursor, FormDefinition form, CancellationToken cancellationToken)
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
                    turn.Show(ContinueCard.Build(new ContinueView(cursor.Kind, form.Id, form.Title, form.Noun, cursor.Index + 1, form.Fields.Count)));
                }
                return true;
            }
        }
        return false;
    }

    public static FormSummaryView Summary(IFormOwner owner, FormDefinition form, FormAnswers answers, bool canChange = true) =>
        new(owner.Kind, form.Id, form.Title, [.. form.Fields.Select(f => (f.Prompt, AnswerParser.Display(f, answers[f.Id])))],
            answers.Complete, canChange, form.Note);

    public static FormInputKind InputKind(FieldType type) => Enum.Parse<FormInputKind>(type.ToString());

    /// <summary>The all-in-one card, filled with the stored answers (or what was just submitted).</summary>
    public static FormCardView CardView(IFormOwner owner, FormDefinition form, Func<FormField, string?> value,
        bool preview = false, IReadOnlyList<string>? problems = null) =>
        new(owner.Kind, form.Id, form.Title, form.Intro,
            [.. form.Fields.Select(f => new FormCardField(f.Id, f.Prompt, InputKind(f.Type), f.Choices, f.Required)
            {
                Value = value(f),
                Min = f.Min,
                Max = f.Max,
                MaxLength = f.IsFreeText || f.Type == FieldType.Email ? f.MaxLength : null,
            })],
            preview, form.Note, problems);

    /// <summary>A stored answer in the form a card input holds it (choices by their 1-based number).</summary>
    public static string? CardValue(FormField field, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        return field.Type switch
        {
            FieldType.SingleChoice or FieldType.MultiChoice => string.Join(",", stored.Split(AnswerParser.MultiSeparator)
                .Select(s => field.Choices.ToList().IndexOf(s)).Where(i => i >= 0).Select(i => (i + 1).ToString(CultureInfo.InvariantCulture))),
            _ => stored,
        };
    }
}
