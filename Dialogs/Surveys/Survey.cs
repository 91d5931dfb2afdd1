using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Forms;

namespace CollabBot.Dialogs.Surveys;

public enum SurveyStatus
{
    Draft,
    Open,
    Closed,
    /// <summary>A draft that opens by itself at <see cref="Survey.Opens"/> (a due item of the delivery engine).</summary>
    Scheduled,
}

/// <summary>
/// A survey staff defined. Once it is open, a correction may change only what keeps every stored answer valid
/// (see <see cref="SurveyCorrections"/>).
/// </summary>
/// <param name="Audience">User groups invited when <see cref="AudienceKind"/> is <see cref="SurveyAudienceKind.Groups"/>; empty means every member.</param>
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
    public string AudienceText => AudienceKind switch
    {
        SurveyAudienceKind.Followers => "followers of " + string.Join(", ", Products.Select(p => p.Name)),
        SurveyAudienceKind.Members => Members.Count == 1 ? "1 named member" : $"{Members.Count} named members",
        _ => Audience.Count == 0 ? "all members" : string.Join(", ", Audience),
    };

    /// <summary>The questions as a form, for what depends on them alone (which are asked, given a respondent's answers).</summary>
    public FormDefinition AsForm() => new(Id, Title, Intro, Questions);

    /// <summary>When it opens by itself once scheduled (UTC); null: staff open it.</summary>
    public DateTimeOffset? Opens { get; init; }

    /// <summary>It closes once this many respondents have completed it; null: no such limit.</summary>
    public int? CloseAfterResponses { get; init; }

    /// <summary>The id of the survey this one is the next edition of (its results can be compared).</summary>
    public string? PreviousEdition { get; init; }

    /// <summary>Whether the member may answer: in its audience now (staff always, to try it).</summary>
    /// <param name="followed">The products the member follows now; needed only for a survey to followers (see <see cref="SurveyAudiences"/>).</param>
    public bool IsFor(Member member, IReadOnlyCollection<string> followed) => member.IsStaff || AudienceKind switch
    {
        SurveyAudienceKind.Followers => Products.Any(p => followed.Contains(p.Id, StringComparer.Ordinal)),
        SurveyAudienceKind.Members => Members.Any(m => m.Id == member.Id),
        _ => Audience.Count == 0 || (member.UserGroup is { } group && Audience.Contains(group, StringComparer.OrdinalIgnoreCase)),
    };

    /// <summary>Who is invited: user groups (<see cref="Audience"/>), the followers of <see cref="Products"/>, or the <see cref="Members"/> listed.</summary>
    public SurveyAudienceKind AudienceKind { get; init; }

    /// <summary>The products whose followers are invited (any of them), for <see cref="SurveyAudienceKind.Followers"/>.</summary>
    public IReadOnlyList<SurveyProduct> Products { get; init; } = [];

    /// <summary>The members invited, for <see cref="SurveyAudienceKind.Members"/>.</summary>
    public IReadOnlyList<SurveyMember> Members { get; init; } = [];

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

/// <summary>Who a survey is for; stored surveys from before the other kinds are <see cref="Groups"/>.</summary>
public enum SurveyAudienceKind
{
    /// <summary>Members confirmed in one of the survey's user groups; with none, every member.</summary>
    Groups,
    Followers,
    Members,
}

/// <summary>A product of the plans catalogue whose followers a survey invites: its id, and its name as cards say it.</summary>
public sealed record SurveyProduct(string Id, string Name);

/// <summary>A member a survey invites: as staff named them (an e-mail address or sign-in name), and who that is.</summary>
public sealed record SurveyMember(string Name, MemberId Id);
