using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// Every channel's form on the form engine. Each contribution is a draft of its own (the form's id starts with the
/// channel's kind), so a member may send as many as they like; the draft's id is the contribution's "made once" key.
/// Completing the form records it (<see cref="ContributionFlow"/>), after the channel's rule is checked again.
/// </summary>
public sealed class ContributionForms(IContributionStore store, ContributionChannels channels, ContributionFlow flow, TimeProvider clock,
    IStringLocalizer<ContributionTexts> texts) : IFormOwner
{
    public const string FormKind = "contribution";
    private const string StartedField = "started";

    public string Kind => FormKind;

    public string FindAgain => texts["FindAgain"];

    public static string DraftOwner(Member member) => member.Id.ToString();

    public ContributionChannel? ChannelOf(string formId) => channels.Find(formId.Split('-')[0]);

    public async Task<(FormDefinition? Form, string? Refusal)> OpenForAsync(Member member, string formId, CancellationToken cancellationToken)
    {
        if (ChannelOf(formId) is not { } channel || (await store.LoadDraftAsync(DraftOwner(member), formId, cancellationToken)).Count == 0)
        {
            return (null, texts["DraftGone"]);
        }
        if (await channel.RefusalAsync(member, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }
        return (await DefinitionAsync(formId, channel, cancellationToken), null);
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
        if (ChannelOf(form.Id) is not { } channel)
        {
            return false;
        }
        if (await channel.RefusalAsync(turn.Sender, cancellationToken) is { } refusal)
        {
            turn.Say(refusal);
            return true;
        }
        var english = await InEnglishAsync(channel, form, answers, cancellationToken);
        await flow.SubmitAsync(turn, form.Id, channel, english, cancellationToken);
        await store.DeleteDraftAsync(DraftOwner(turn.Sender), form.Id, cancellationToken);
        return true;
    }

    /// <summary>Starts a new contribution to this channel: its draft exists from now on.</summary>
    public async Task<FormDefinition> NewAsync(Member member, ContributionChannel channel, CancellationToken cancellationToken)
    {
        var draftId = $"{channel.Kind}-{Guid.NewGuid():N}";
        await store.SaveDraftAsync(DraftOwner(member), draftId,
            new Dictionary<string, string> { [StartedField] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) }, cancellationToken);
        return await DefinitionAsync(draftId, channel, cancellationToken);
    }

    private async Task<FormDefinition> DefinitionAsync(string formId, ContributionChannel channel, CancellationToken cancellationToken)
    {
        var fields = await channel.FieldsAsync(cancellationToken);
        return new FormDefinition(formId, texts[channel.Key("FormTitle")], texts[channel.Key("FormIntro")], [.. fields.Select(channel.ToFormField)])
        {
            Note = texts["FormNote"],
        };
    }

    /// <summary>The answers as staff read them: a choice by its English name (matched by its place among the choices shown).</summary>
    private static async Task<Dictionary<string, string>> InEnglishAsync(ContributionChannel channel, FormDefinition form, FormAnswers answers,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in await channel.FieldsAsync(cancellationToken))
        {
            if (answers[field.Id] is not { } answer)
            {
                continue;
            }
            if (field.English.Count == 0)
            {
                result[field.Id] = answer;
                continue;
            }
            if (form.IndexOf(field.Id) is not (>= 0 and var index))
            {
                continue;
            }
            var shown = form.Fields[index].Choices.ToList();
            var chosen = answer.Split(AnswerParser.MultiSeparator).Select(c => shown.IndexOf(c)).Where(i => i >= 0 && i < field.English.Count)
                .Select(i => field.English[i]).ToList();
            if (chosen.Count > 0)
            {
                result[field.Id] = string.Join(AnswerParser.MultiSeparator, chosen);
            }
        }
        return result;
    }
}
