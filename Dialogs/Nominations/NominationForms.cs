using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Nominations;

/// <summary>
/// "nominate" on the form engine: one form per kind, each nomination a draft of its own (the form's id starts with its
/// kind), so a member may nominate as many people as they like. Completing the form records the nomination
/// (<see cref="NominationFlow"/>). Choices are shown in the member's language and kept in English, for staff.
/// </summary>
public sealed class NominationForms(INominationStore store, NominationFlow flow, TimeProvider clock, IStringLocalizer<NominationTexts> texts) : IFormOwner
{
    public const string FormKind = "nomination";
    public const string ProgrammeField = "programme";
    public const string NomineeField = "nominee";
    public const string OrganisationField = "organisation";
    public const string EmailField = "email";
    public const string ExpertiseField = "expertise";
    public const string LanguagesField = "languages";
    public const string AvailabilityField = "availability";
    public const string MotivationField = "motivation";
    public const string EventField = "event";
    public const string EventDateField = "eventdate";
    public const string PlaceField = "place";
    public const string AudienceField = "audience";
    public const string NeedField = "need";
    private const string AsksNeedField = "asksneed";
    private const string StartedField = "started";

    /// <summary>Areas of expertise, as staff read and search them.</summary>
    public static readonly string[] Expertise =
    [
        "Patent databases", "PATENTSCOPE", "Patent classification", "Chemistry searching", "Sequence searching", "Machine translation",
        "Patent analytics", "Legal status", "Non-patent literature", "Designs and trademarks",
    ];

    public static readonly string[] Languages = ["English", "French", "Spanish", "German", "Arabic", "Chinese", "Japanese", "Korean", "Portuguese", "Russian"];

    public static readonly string[] Programmes = ["WIPO Academy", "TISC", "WIPO database training"];

    /// <summary>What a request for an event asks for.</summary>
    public static readonly string[] Needs = ["A trainer on WIPO databases", "An expert speaker"];

    public string Kind => FormKind;

    public string FindAgain => texts["FindAgain"];

    public static string DraftOwner(Member member) => member.Id.ToString();

    public static string NewDraftId(NominationKind kind) => $"{kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}";

    public static NominationKind? KindOf(string formId) =>
        Enum.TryParse<NominationKind>(formId.Split('-')[0], ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    public async Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        // A draft is made when the nomination starts and removed once it is recorded: a button of its cards pressed after
        // that finds nothing left to answer, and starts nothing again.
        if (KindOf(formId) is not { } kind || await store.LoadDraftAsync(DraftOwner(member), formId, cancellationToken) is not { Count: > 0 } draft)
        {
            return (null, texts["DraftGone"]);
        }
        return (Definition(formId, kind, draft.ContainsKey(AsksNeedField)), null);
    }

    public async Task<FormAnswers> LoadAnswersAsync(Member member, string formId, CancellationToken cancellationToken) =>
        new(await store.LoadDraftAsync(DraftOwner(member), formId, cancellationToken), false);

    public Task SaveAnswerAsync(Member member, string formId, string fieldId, string value, CancellationToken cancellationToken) =>
        store.SaveDraftAsync(DraftOwner(member), formId, new Dictionary<string, string> { [fieldId] = value }, cancellationToken);

    public Task SaveAllAsync(Member member, string formId, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken) =>
        store.SaveDraftAsync(DraftOwner(member), formId, answers, cancellationToken);

    public Task CompleteAsync(Member member, string formId, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> AnswerCompletedAsync(Turn turn, FormDefinition form, FormAnswers answers, bool inPlace, CancellationToken cancellationToken)
    {
        if (KindOf(form.Id) is not { } kind)
        {
            return false;
        }
        await flow.SubmitAsync(turn, form.Id, kind, ToDetails(form, kind, answers), cancellationToken);
        await store.DeleteDraftAsync(DraftOwner(turn.Sender), form.Id, cancellationToken);
        return true;
    }

    /// <summary>Starts a new nomination of this kind: its draft exists from now on.</summary>
    /// <param name="askWhatIsNeeded">A speaker request asks whether a trainer or a speaker is needed; otherwise it is a speaker.</param>
    public async Task<FormDefinition> NewAsync(Member member, NominationKind kind, bool askWhatIsNeeded, CancellationToken cancellationToken)
    {
        var draftId = NewDraftId(kind);
        var draft = new Dictionary<string, string> { [StartedField] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) };
        if (kind == NominationKind.Speaker && askWhatIsNeeded)
        {
            draft[AsksNeedField] = "yes";
        }
        await store.SaveDraftAsync(DraftOwner(member), draftId, draft, cancellationToken);
        return Definition(draftId, kind, askWhatIsNeeded);
    }

    /// <param name="asksNeed">A request for an event asks, last, whether a trainer or a speaker is needed.</param>
    private FormDefinition Definition(string formId, NominationKind kind, bool asksNeed)
    {
        var expertise = new FormField(ExpertiseField, texts[kind == NominationKind.Speaker ? "FieldTopics" : "FieldExpertise"], FieldType.MultiChoice)
        {
            Choices = [.. Expertise.Select((_, i) => texts[$"Expertise{i}"].Value)],
        };
        var languages = new FormField(LanguagesField, texts[kind == NominationKind.Speaker ? "FieldSpeakerLanguages" : "FieldLanguages"], FieldType.MultiChoice)
        {
            Choices = [.. Languages.Select((_, i) => texts[$"Language{i}"].Value)],
        };
        List<FormField> fields = kind == NominationKind.Speaker
            ?
            [
                new(EventField, texts["FieldEvent"], FieldType.ShortText) { MaxLength = 200 },
                new(EventDateField, texts["FieldEventDate"], FieldType.Date) { NotBefore = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1) },
                new(PlaceField, texts["FieldPlace"], FieldType.ShortText) { MaxLength = 200 },
                new(AudienceField, texts["FieldAudience"], FieldType.ShortText) { MaxLength = 300 },
                expertise,
                languages,
                new(MotivationField, texts["FieldSpeakerNotes"], FieldType.LongText, Required: false) { MaxLength = 2000 },
                .. asksNeed
                    ? [new FormField(NeedField, texts["FieldNeed"], FieldType.SingleChoice) { Choices = [.. Needs.Select((_, i) => texts[$"Need{i}"].Value)] }]
                    : Array.Empty<FormField>(),
            ]
            :
            [
                .. kind == NominationKind.Trainer
                    ? [new FormField(ProgrammeField, texts["FieldProgramme"], FieldType.SingleChoice) { Choices = [.. Programmes.Select((_, i) => texts[$"Programme{i}"].Value)] }]
                    : Array.Empty<FormField>(),
                new(NomineeField, texts["FieldNominee"], FieldType.ShortText) { MaxLength = 200 },
                new(OrganisationField, texts["FieldOrganisation"], FieldType.ShortText) { MaxLength = 200 },
                new(EmailField, texts["FieldEmail"], FieldType.Email),
                expertise,
                new(ExpertiseField + "_other", texts["FieldExpertiseOther"], FieldType.ShortText, Required: false) { MaxLength = 300 },
                languages,
                new(AvailabilityField, texts["FieldAvailability"], FieldType.ShortText) { MaxLength = 300 },
                new(MotivationField, texts["FieldMotivation"], FieldType.LongText) { MaxLength = 2000 },
            ];
        return new FormDefinition(formId, texts[$"FormTitle{kind}"], texts[$"FormIntro{kind}"], fields) { Note = texts["FormNote"] };
    }

    private NominationDetails ToDetails(FormDefinition form, NominationKind kind, FormAnswers answers)
    {
        var expertise = Canonical(form, ExpertiseField, answers, Expertise);
        if (answers[ExpertiseField + "_other"] is { } other)
        {
            expertise.Add(other);
        }
        var details = new NominationDetails(answers[NomineeField] ?? "", answers[OrganisationField] ?? "", answers[EmailField]?.ToLowerInvariant(), expertise,
            string.Join(", ", Canonical(form, LanguagesField, answers, Languages)), answers[AvailabilityField] ?? "", answers[MotivationField] ?? "");
        return kind switch
        {
            NominationKind.Trainer => details with { Programme = Canonical(form, ProgrammeField, answers, Programmes).FirstOrDefault() },
            NominationKind.Speaker => details with
            {
                Event = answers[EventField],
                EventDate = DateOnly.TryParseExact(answers[EventDateField], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
                Place = answers[PlaceField],
                Audience = answers[AudienceField],
                Need = Canonical(form, NeedField, answers, Needs).FirstOrDefault() ?? Needs[1],
            },
            _ => details,
        };
    }

    /// <summary>The chosen choices of a field, in English: matched by their place among the choices shown.</summary>
    private static List<string> Canonical(FormDefinition form, string fieldId, FormAnswers answers, string[] english)
    {
        var index = form.IndexOf(fieldId);
        if (index < 0 || answers[fieldId] is not { } chosen)
        {
            return [];
        }
        var shown = form.Fields[index].Choices.ToList();
        return [.. chosen.Split(AnswerParser.MultiSeparator).Select(c => shown.IndexOf(c)).Where(i => i >= 0 && i < english.Length).Select(i => english[i])];
    }
}
