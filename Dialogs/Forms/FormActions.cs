using CollabBot.Cards.Forms;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Forms;

/// <summary>The buttons of form cards; each finds the form's owner and checks the member may still answer.</summary>
public abstract class FormAction(FormEngine engine, IStringLocalizer<FormTexts> texts) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Member;

    protected FormEngine Engine => engine;

    protected IStringLocalizer<FormTexts> Texts => texts;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (submit[FormVerbs.KindKey] is not { } kind || engine.Owner(kind) is not { } owner || submit[FormVerbs.FormKey] is not { } formId)
        {
            turn.Say(texts["ButtonIncomplete"]);
            return;
        }
        var (form, refusal) = await owner.OpenForAsync(turn.Sender, formId, cancellationToken);
        if (form is null)
        {
            if (turn.State.Form?.FormId == formId)
            {
                turn.State.Form = null;
            }
            turn.Say(refusal ?? texts["FormClosed"]);
            return;
        }
        await HandleAsync(turn, submit, owner, form, cancellationToken);
    }

    protected abstract Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken);
}

public sealed class FormStartAction(FormEngine engine, IStringLocalizer<FormTexts> texts) : FormAction(engine, texts)
{
    public override string Verb => FormVerbs.Start;

    protected override Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken) =>
        Engine.StartAsync(turn, owner, form, cancellationToken);
}

public sealed class FormAnswerAction(FormEngine engine, IStringLocalizer<FormTexts> texts) : FormAction(engine, texts)
{
    public override string Verb => FormVerbs.Answer;

    protected override Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken) =>
        Engine.AnswerAsync(turn, owner, form, submit[FormVerbs.FieldKey] ?? "", submit[FormVerbs.ValueKey] ?? submit[FormVerbs.AnswerInput] ?? "",
            cancellationToken);
}

public sealed class FormControlAction(FormEngine engine, IStringLocalizer<FormTexts> texts) : FormAction(engine, texts)
{
    public override string Verb => FormVerbs.Control;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken)
    {
        var word = ControlWords.Parse(submit[FormVerbs.ControlKey]);
        if (turn.State.Form is not { } cursor || cursor.Kind != owner.Kind || cursor.FormId != form.Id)
        {
            if (word == ControlWord.Cancel || word == ControlWord.Later)
            {
                turn.Say($"{Texts["Ok"]} {owner.FindAgain}");
                return;
            }
            // The place was lost (or another form is in progress): start this one where the answers stop.
            await Engine.StartAsync(turn, owner, form, cancellationToken);
            return;
        }
        if (submit[FormVerbs.FieldKey] is { } fieldId && form.IndexOf(fieldId) is var index && index >= 0 && index != cursor.Index)
        {
            cursor.Index = index; // a button of an earlier question card: act from there
        }
        await Engine.ControlAsync(turn, owner, cursor, form, word, cancellationToken);
    }
}

public sealed class FormOpenCardAction(FormEngine engine, FormCards cards, IStringLocalizer<FormTexts> texts) : FormAction(engine, texts)
{
    public override string Verb => FormVerbs.OpenCard;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken)
    {
        // Answers to questions no longer asked are not filled in: ticking their branch again asks them afresh.
        var answers = form.ShownOnly(await owner.LoadAnswersAsync(turn.Sender, form.Id, cancellationToken));
        turn.Show(cards.AllInOne(owner, form, f => FormCards.CardValue(f, answers[f.Id])));
    }
}

/// <summary>The all-in-one card: every answer checked, then all recorded at once; the card becomes the summary.</summary>
public sealed class FormSubmitAllAction(FormEngine engine, AnswerParser parser, FormCards cards, IStringLocalizer<FormTexts> texts)
    : FormAction(engine, texts)
{
    public override string Verb => FormVerbs.SubmitAll;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, IFormOwner owner, FormDefinition form, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var refusals = new string?[form.Fields.Count];
        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            var raw = submit[FormVerbs.InputId(field.Id)]?.Trim() ?? "";
            if (raw.Length == 0)
            {
                refusals[i] = field.Required ? Texts["QuestionNeedsAnswer", i + 1].Value : null;
                answers[field.Id] = "";
                continue;
            }
            var (value, problem) = parser.Parse(field, raw);
            refusals[i] = value is null ? Texts["QuestionProblem", i + 1, problem!].Value : null;
            answers[field.Id] = value ?? "";
        }
        // The card shows every question: those its other answers leave out are neither required nor recorded.
        var states = form.States(new FormAnswers(answers, true));
        var problems = new List<string>();
        for (var i = 0; i < form.Fields.Count; i++)
        {
            if (states[i] == Visibility.Hidden)
            {
                answers[form.Fields[i].Id] = "";
            }
            else if (refusals[i] is { } refusal)
            {
                problems.Add(refusal);
            }
        }
        if (problems.Count > 0)
        {
            turn.Show(cards.AllInOne(owner, form, f => submit[FormVerbs.InputId(f.Id)], problems: problems));
            return;
        }
        await owner.SaveAllAsync(turn.Sender, form.Id, answers, cancellationToken);
        if (turn.State.Form is { } cursor && cursor.Kind == owner.Kind && cursor.FormId == form.Id)
        {
            turn.State.Form = null;
        }
        if (!await owner.AnswerCompletedAsync(turn, form, new FormAnswers(answers, true), inPlace: true, cancellationToken))
        {
            turn.Replace(cards.Summary(owner, form, new FormAnswers(answers, true)));
        }
    }
}
