using System.Globalization;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// What may change in a survey that is open or closed: only what keeps every stored answer valid and every member part
/// way through at the same question (docs/decisions/0020-survey-audiences-and-corrections.md). Answers are stored as the
/// question's id and the choice's text, the chat cursor is a question's position, and an all-in-one card already sent
/// sends a choice's position; so texts may change, new things may come only at the end, and nothing stored may be
/// removed, moved, renamed or narrowed.
/// </summary>
public static class SurveyCorrections
{
    /// <summary>Why <paramref name="corrected"/> cannot replace <paramref name="stored"/>'s definition; empty when it can.</summary>
    public static IReadOnlyList<string> Check(Survey stored, Survey corrected)
    {
        var reasons = new List<string>();
        if (corrected.Anonymous != stored.Anonymous)
        {
            reasons.Add(stored.Anonymous
                ? "anonymous can't change: the answers given were stored without names, and members answered on that promise."
                : "anonymous can't change: the answers given were stored with names, and members answered on that understanding.");
        }
        if (corrected.Deadline != stored.Deadline)
        {
            reasons.Add("the deadline can't change in a correction: the reminders and the close are scheduled for it.");
        }
        if (AudienceOf(corrected) != AudienceOf(stored))
        {
            reasons.Add($"the audience can't change: the invitations went to {stored.AudienceText}.");
        }
        for (var i = 0; i < stored.Questions.Count; i++)
        {
            var old = stored.Questions[i];
            var at = corrected.Questions.ToList().FindIndex(q => q.Id == old.Id);
            if (at < 0)
            {
                reasons.Add($"question {old.Id} can't be removed: answers may have been given to it.");
                continue;
            }
            if (at != i)
            {
                reasons.Add($"question {old.Id} can't move from place {Place(i)} to {Place(at)}: members part way through are at a question by its place. Add new questions at the end.");
            }
            reasons.AddRange(Question(old, corrected.Questions[at]).Select(r => $"question {old.Id}: {r}"));
        }
        foreach (var added in corrected.Questions.Where(q => !stored.Questions.Any(o => o.Id == q.Id)))
        {
            if (added.Required)
            {
                reasons.Add($"question {added.Id} can't be added as required: those who already finished have not answered it. Add it with \"required\": false.");
            }
        }
        return reasons;
    }

    /// <summary>
    /// The stored survey with the corrected definition's texts and additions, its response limit, its previous edition and whether its results are shared;
    /// its state (status, dates, the rest) is kept.
    /// </summary>
    public static Survey Apply(Survey stored, Survey corrected) => stored with
    {
        Title = corrected.Title,
        Intro = corrected.Intro,
        Questions = corrected.Questions,
        CloseAfterResponses = corrected.CloseAfterResponses,
        PreviousEdition = corrected.PreviousEdition,
        ShareResults = corrected.ShareResults,
    };

    private static IEnumerable<string> Question(FormField old, FormField now)
    {
        if (now.Type != old.Type)
        {
            yield return $"the type can't change from {Name(old.Type)} to {Name(now.Type)}: the answers given are {Name(old.Type)} answers.";
            yield break;
        }
        if (now.Required && !old.Required)
        {
            yield return "can't become required: some may have skipped it, or finished without it.";
        }
        for (var k = 0; k < old.Choices.Count; k++)
        {
            var choice = old.Choices[k];
            var at = IndexOf(now.Choices, choice);
            if (at < 0)
            {
                yield return $"the choice \"{choice}\" can't be removed: answers may have chosen it (renaming a choice removes it: answers keep its text). Add new choices at the end.";
            }
            else if (at != k)
            {
                yield return $"the choice \"{choice}\" can't move: cards already sent give choices by their place. Add new choices at the end.";
            }
        }
        if (!SameCondition(old.ShowIf, now.ShowIf))
        {
            yield return now.ShowIf is null ? "its condition (showIf) can't be removed: it would be asked of those who skipped it."
                : old.ShowIf is null ? "a condition (showIf) can't be added: some already answered it, and their answers would be left out."
                : "its condition (showIf) can't change: who was asked it would no longer match the answers given.";
        }
        if (Narrower(now.Min, old.Min, higherIsNarrower: true))
        {
            yield return $"min can't rise to {Number(now.Min)}: answers below it may have been given.";
        }
        if (Narrower(now.Max, old.Max, higherIsNarrower: false))
        {
            yield return $"max can't fall to {Number(now.Max)}: answers above it may have been given.";
        }
        if (now.MaxLength < old.MaxLength)
        {
            yield return $"maxLength can't fall to {now.MaxLength.ToString(CultureInfo.InvariantCulture)}: longer answers may have been given.";
        }
    }

    private static int IndexOf(IReadOnlyList<string> choices, string choice)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i], choice, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool SameCondition(FieldCondition? a, FieldCondition? b) =>
        a is null ? b is null : b is not null && a.FieldId == b.FieldId && a.AnyOf.Order(StringComparer.Ordinal).SequenceEqual(b.AnyOf.Order(StringComparer.Ordinal));

    private static bool Narrower(double? now, double? old, bool higherIsNarrower) =>
        now is { } n && (old is not { } o || (higherIsNarrower ? n > o : n < o));

    private static string AudienceOf(Survey s) => s.AudienceKind switch
    {
        SurveyAudienceKind.Followers => "followers:" + string.Join(",", s.Products.Select(p => p.Id).Order(StringComparer.Ordinal)),
        SurveyAudienceKind.Members => "members:" + string.Join(",", s.Members.Select(m => m.Id.ToString()).Order(StringComparer.Ordinal)),
        _ => "groups:" + string.Join(",", s.Audience.Select(g => g.ToUpperInvariant()).Order(StringComparer.Ordinal)),
    };

    private static string Place(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Name(FieldType type) => SurveyImport.TypeNames.First(t => t.Value == type).Key;
}
