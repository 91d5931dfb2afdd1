using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

public enum SurveyStatus
{
    Draft,
    Open,
    Closed,
}

/// <summary>A survey staff defined; its questions do not change once it is open.</summary>
/// <param name="Audience">User groups invited; empty means every member.</param>
/// <param name="CreatedBy">Object id of the staff member who imported it.</param>
public sealed record Survey(
    string Id,
    string Title,
    string Intro,
    IReadOnlyList<FormField> Questions,
    bool Anonymous,
    IReadOnlyList<string> Audience,
    DateTimeOffset? Deadline,
    string CreatedBy,
    DateTimeOffset Created)
{
    public SurveyStatus Status { get; init; } = SurveyStatus.Draft;

    public DateTimeOffset? OpenedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>How many members its invitations reached so far (the response rate's denominator), filled in when shown.</summary>
    public int Invited { get; init; }

    /// <summary>The audience as staff cards say it.</summary>
    public string AudienceText => Audience.Count == 0 ? "all members" : string.Join(", ", Audience);

    /// <summary>The questions as a form, for what depends on them alone (which are asked, given a respondent's answers).</summary>
    public FormDefinition AsForm() => new(Id, Title, Intro, Questions);

    public bool IsFor(Member member) =>
        Audience.Count == 0 || member.IsStaff || (member.UserGroup is { } group && Audience.Contains(group, StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether members who answered may see the results, and from when (docs/survey-format.md, "shareResults").</summary>
    public SurveySharing ShareResults { get; init; }
}

/// <summary>
/// One respondent's answers to one survey. <see cref="Respondent"/> is null for anonymous surveys: their
/// key is a keyed hash of survey and member, so nothing stored says who answered.
/// </summary>
public sealed record SurveyResponse(
    string SurveyId,
    string RespondentKey,
    MemberId? Respondent,
    IReadOnlyDictionary<string, string> Answers,
    bool Complete,
    DateTimeOffset Updated)
{
    /// <summary>The respondent's confirmed user group when they last answered (null: none); shown only by the rules of docs/decisions/0018.</summary>
    public string? UserGroup { get; init; }
}

/// <summary>Whether a survey's results are shared with the members who answered it.</summary>
public enum SurveySharing
{
    No,
    AfterClose,
    Live,
}
