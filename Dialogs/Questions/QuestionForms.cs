using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Plans;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// "Ask a question" on the form engine. Each asking is a draft of its own (the form's id), so a member may ask as
/// many questions as they like; the draft's answers are kept until the question is sent. Completing the form sends
/// it (<see cref="QuestionAsking"/>).
/// </summary>
public sealed class QuestionForms(IQuestionStore store, AskerKeys askers, PlansDirectory plans, QuestionAsking asking, TimeProvider clock,
    IStringLocalizer<QuestionTexts> texts) : IFormOwner
{
    public const string FormKind = "question";
    public const string MeetingField = "meeting";
    public const string TopicField = "topic";
    public const string TextField = "question";
    public const string ShownField = "shown";
    public const string ShareField = "share";
    /// <summary>When the asking started: its draft exists from then on, whatever the member has answered.</summary>
    private const string StartedField = "started";
    private const int MaxTopics = 20;

    public string Kind => FormKind;

    public string FindAgain => texts["FindAgain"];

    public async Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        var open = await OpenMeetingsAsync(cancellationToken);
        if (open.Count == 0)
        {
            return (null, await asking.NoMeetingAsync(cancellationToken));
        }
        // An asking's draft is made when it starts and removed once its question is sent (or the member added their voice
        // instead): a button of its cards pressed after that finds nothing left to answer, and starts nothing again.
        if ((await store.LoadDraftAsync(askers.Hash(member.Id), formId, cancellationToken)).Count == 0)
        {
            return (null, texts["DraftGone"]);
        }
        return (await DefinitionAsync(formId, open, cancellationToken), null);
    }

    public async Task<FormAnswers> LoadAnswersAsync(Member member, string formId, CancellationToken cancellationToken) =>
        new(await store.LoadDraftAsync(askers.Hash(member.Id), formId, cancellationToken), false);

    public Task SaveAnswerAsync(Member member, string formId, string fieldId, string value, CancellationToken cancellationToken) =>
        store.SaveDraftAsync(askers.Hash(member.Id), formId, new Dictionary<string, string> { [fieldId] = value }, cancellationToken);

    public Task SaveAllAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        store.SaveDraftAsync(askers.Hash(member.Id), formId, answers, cancellationToken);

    public Task CompleteAsync(Member member, string formId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> AnswerCompletedAsync(Turn turn, FormDefinition form, FormAnswers answers, bool inPlace, CancellationToken cancellationToken)
    {
        // Every meeting, not only the open ones: the one the asking was for may have closed meanwhile (it then goes to the next).
        await asking.SubmitAsync(turn, ToDraft(form, answers, [.. await store.ListMeetingsAsync(cancellationToken)]), checkDuplicates: true, cancellationToken);
        return true;
    }

    /// <summary>A new asking's id: each asking is a form of its own.</summary>
    public static string NewDraftId() => "d" + Guid.NewGuid().ToString("N");

    /// <summary>Starts a new asking with what the member already said filled in: a topic they named, or the text of their question.</summary>
    public async Task<(FormDefinition? Form, string? Refusal)> NewAsync(Member member, string said, CancellationToken cancellationToken)
    {
        var draftId = NewDraftId();
        var open = await OpenMeetingsAsync(cancellationToken);
        if (open.Count == 0)
        {
            return (null, await asking.NoMeetingAsync(cancellationToken));
        }
        var form = await DefinitionAsync(draftId, open, cancellationToken);
        var filled = new Dictionary<string, string> { [StartedField] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) };
        // With one meeting open the form does not ask which: the asking remembers it, so that if its window closes
        // before the question is sent, the question goes to the next meeting and the member is told.
        if (form.IndexOf(MeetingField) < 0 && open is [var only])
        {
            filled[MeetingField] = only.Name;
        }
        said = said.Trim();
        if (said.Length > 0)
        {
            var topics = form.Fields[form.IndexOf(TopicField)].Choices;
            var topic = topics.FirstOrDefault(t => Phrase.Normalize(t) == Phrase.Normalize(said));
            if (topic is not null)
            {
                filled[TopicField] = topic;
            }
            else
            {
                filled[TextField] = said.Length > Question.MaxLength ? said[..Question.MaxLength] : said;
            }
        }
        await store.SaveDraftAsync(askers.Hash(member.Id), draftId, filled, cancellationToken);
        return (form, null);
    }

    /// <summary>A draft the member left at the duplicates card, to send as it is; null once sent (or never made).</summary>
    public async Task<Draft?> FindDraftAsync(Member member, string draftId, CancellationToken cancellationToken)
    {
        var answers = new FormAnswers(await store.LoadDraftAsync(askers.Hash(member.Id), draftId, cancellationToken), true);
        if (answers[TextField] is null)
        {
            return null;
        }
        var all = (await store.ListMeetingsAsync(cancellationToken)).ToList();
        return ToDraft(await DefinitionAsync(draftId, all, cancellationToken), answers, all);
    }

    private Draft ToDraft(FormDefinition form, FormAnswers answers, List<Meeting> meetings)
    {
        var meeting = meetings.FirstOrDefault(m => m.Name == answers[MeetingField]) ?? meetings.FirstOrDefault(m => m.Accepts(clock.GetUtcNow()));
        return new Draft(form.Id, meeting?.Id, answers[TopicField] ?? texts["TopicOther"], answers[TextField] ?? "",
            Visibility(form, answers[ShownField]), answers[ShareField] == "yes");
    }

    private async Task<List<Meeting>> OpenMeetingsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await store.ListMeetingsAsync(cancellationToken)).Where(m => m.Accepts(now))];
    }

    private async Task<FormDefinition> DefinitionAsync(string formId, List<Meeting> open, CancellationToken cancellationToken)
    {
        var products = (await plans.GetAsync(cancellationToken)).Products.Select(p => p.Name);
        var topics = open.SelectMany(m => m.Topics).Concat(products).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTopics - 1)
            .Append(texts["TopicOther"].Value).ToList();
        var fields = new List<FormField>();
        if (open.Count > 1)
        {
            fields.Add(new FormField(MeetingField, texts["FieldMeeting"], FieldType.SingleChoice) { Choices = [.. open.Select(m => m.Name)] });
        }
        fields.Add(new FormField(TopicField, texts["FieldTopic"], FieldType.SingleChoice) { Choices = topics });
        fields.Add(new FormField(TextField, texts["FieldQuestion"], FieldType.LongText) { MaxLength = Question.MaxLength });
        fields.Add(new FormField(ShownField, texts["FieldShown"], FieldType.SingleChoice)
        {
            Choices = [texts["ShownNamed"], texts["ShownGroup"], texts["ShownAnonymous"]],
        });
        fields.Add(new FormField(ShareField, texts["FieldShare"], FieldType.YesNo));
        var title = open.Count == 1 ? texts["FormTitle", open[0].Name] : texts["FormTitleAny"];
        return new FormDefinition(formId, title, texts["FormIntro"], fields) { SkipAnswered = true };
    }

    private static QuestionVisibility Visibility(FormDefinition form, string? shown)
    {
        var choices = form.Fields[form.IndexOf(ShownField)].Choices;
        var index = shown is null ? 0 : choices.ToList().IndexOf(shown);
        return index switch
        {
            1 => QuestionVisibility.GroupOnly,
            2 => QuestionVisibility.Anonymous,
            _ => QuestionVisibility.Named,
        };
    }
}

/// <summary>What the member put in the ask form.</summary>
public sealed record Draft(string Id, string? MeetingId, string Topic, string Text, QuestionVisibility Visibility, bool Shareable);
