using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Consultations;

/// <summary>What the composer sent, checked: a title, a short text, a deadline in the future and the groups asked; or what is wrong with it.</summary>
public sealed record ConsultationInputs(string Title, string Text, DateTimeOffset Deadline, IReadOnlyList<string> Groups)
{
    public static (ConsultationInputs? Inputs, string? Problem) Parse(CardSubmit submit, IReadOnlyList<string> knownGroups, DateTimeOffset now)
    {
        var title = (submit[ConsultationVerbs.TitleInput] ?? "").Trim();
        var text = (submit[ConsultationVerbs.TextInput] ?? "").Trim();
        if (title.Length == 0 || text.Length == 0)
        {
            return (null, "A consultation needs a title and the text of the planned initiative.");
        }
        if (title.Length > ComposeConsultationCard.MaxTitle || text.Length > ComposeConsultationCard.MaxText)
        {
            return (null, $"Too long: a title takes {ComposeConsultationCard.MaxTitle} characters and the text {ComposeConsultationCard.MaxText:N0}.");
        }
        if (When(submit[ConsultationVerbs.DateInput], submit[ConsultationVerbs.TimeInput]) is not { } deadline)
        {
            return (null, "Give the deadline: a date and a time (UTC).");
        }
        if (deadline <= now)
        {
            return (null, "That deadline has passed: choose a later one.");
        }
        var groups = (submit[ConsultationVerbs.GroupsInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(knownGroups.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (groups.Count == 0)
        {
            return (null, "Choose at least one user group to ask.");
        }
        return (new ConsultationInputs(title, text, deadline, groups), null);
    }

    /// <summary>What was typed, unchecked: to show the composer again with it when something is wrong.</summary>
    public static ComposeConsultationView Typed(CardSubmit submit) =>
        new(submit[ConsultationVerbs.TitleInput], submit[ConsultationVerbs.TextInput], submit[ConsultationVerbs.DateInput], submit[ConsultationVerbs.TimeInput],
            (submit[ConsultationVerbs.GroupsInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), [], [], null);

    private static DateTimeOffset? When(string? date, string? time) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var minute)
            ? new DateTimeOffset(day.ToDateTime(minute), TimeSpan.Zero)
            : null;
}
