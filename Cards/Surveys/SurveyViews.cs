namespace CollabBot.Cards.Surveys;

public sealed record SurveyListView(IReadOnlyList<SurveyListItem> Surveys, string? LastAction = null);

/// <param name="Status">"Draft", "Open", "Closed" or "Scheduled".</param>
public sealed record SurveyListItem(string Id, string Title, string Status, int Questions, bool Anonymous, string Audience,
    DateTimeOffset? Deadline, int Complete, int Invited)
{
    /// <summary>When it opens (scheduled) or is to open (a draft with an opening time).</summary>
    public DateTimeOffset? Opens { get; init; }

    /// <summary>A draft whose opening time is still to come: it is scheduled rather than opened.</summary>
    public bool CanSchedule { get; init; }

    /// <summary>It closes (or closed) once this many respondents completed it.</summary>
    public int? CloseAfterResponses { get; init; }

    /// <summary>It closed because it reached <see cref="CloseAfterResponses"/>.</summary>
    public bool ClosedByLimit { get; init; }
}

/// <param name="Problems">What was wrong with the last definition, one line each.</param>
public sealed record SurveyImportView(string? Definition = null, IReadOnlyList<string>? Problems = null)
{
    /// <summary>Said instead of the usual line above the definition (e.g. what a correction of an open survey may change).</summary>
    public string? Note { get; init; }

    /// <summary>When a correction was refused: the line that says so, above <see cref="Problems"/> (its reasons).</summary>
    public string? Refused { get; init; }

    /// <summary>Instead of "Import a survey": "Edit ..." when the definition shown is a stored survey's.</summary>
    public string? Heading { get; init; }
}

/// <summary>The invitation (and reminder) a member receives.</summary>
public sealed record InvitationView(string SurveyId, string Title, string Intro, int Questions, DateTimeOffset? Deadline, bool Anonymous,
    bool Reminder = false, int Answered = 0);

public sealed record MySurveysView(IReadOnlyList<MySurveyItem> Surveys);

/// <param name="Open">Whether answers can still be given or changed.</param>
public sealed record MySurveyItem(string Id, string Title, bool Open, int Answered, int Questions, bool Complete, DateTimeOffset? Deadline)
{
    /// <summary>Staff share the results with those who answered, and the member did.</summary>
    public bool ResultsShared { get; init; }
}

public sealed record ResultsView(
    string SurveyId,
    string Title,
    string Status,
    bool Anonymous,
    int Invited,
    int Complete,
    int InProgress,
    IReadOnlyList<QuestionResult> Questions,
    int Page = 0,
    int Pages = 1,
    DateTimeOffset? AsOf = null)
{
    /// <summary>Which part of a long survey's questions this card shows (0-based), of how many.</summary>
    public int Part { get; init; }

    public int Parts { get; init; } = 1;

    public int QuestionCount { get; init; } = Questions.Count;

    /// <summary>Anonymous respondents whose answers wait to be counted, and the batch they wait for.</summary>
    public int WaitingAnonymous { get; init; }

    public int AnonymousBatch { get; init; }

    /// <summary>The title of the survey's previous edition, when it has one to compare with.</summary>
    public string? PreviousEditionTitle { get; init; }
    /// <summary>The user group the results are filtered to ("CEPIUG (with AFPIC)"), and its value for the buttons.</summary>
    public string? Group { get; init; }

    public string? GroupValue { get; init; }

    /// <summary>Why the group filtered to is not shown (too few respondents in an anonymous survey); the card then shows no question.</summary>
    public string? GroupWithheld { get; init; }

    /// <summary>The breakdown by group, shown instead of <see cref="Questions"/> when staff asked for it.</summary>
    public GroupBreakdown? ByGroup { get; init; }

    /// <summary>The groups staff can filter to: label and value.</summary>
    public IReadOnlyList<(string Label, string Value)> GroupChoices { get; init; } = [];
}

/// <param name="Rows">Tallies, drawn as bars; empty for free text.</param>
/// <param name="Summary">"Average 4.2 / 5" and the like.</param>
/// <param name="Texts">Free-text answers on this page.</param>
public sealed record QuestionResult(int Number, string Prompt, int Answered, IReadOnlyList<TallyRow> Rows, string? Summary,
    IReadOnlyList<string> Texts, int TextTotal = 0)
{
    /// <summary>For a question asked only on a condition: how many respondents were asked it.</summary>
    public int? ShownTo { get; init; }

    /// <summary>The condition, as staff read it: "only if q1 is PATENTSCOPE or WIPO Lex".</summary>
    public string? Condition { get; init; }
}

public sealed record TallyRow(string Label, int Count, double Share);

/// <summary>The fixed texts of the survey cards members get (invitation, reminder, my surveys), in their language.</summary>
public sealed record SurveyLabels
{
    /// <summary>{0}: the survey's title.</summary>
    public required string NewSurvey { get; init; }
    /// <summary>{0}: the survey's title.</summary>
    public required string Reminder { get; init; }
    public required string Questions { get; init; }
    public required string Closes { get; init; }
    public required string Progress { get; init; }
    /// <summary>{0}: questions answered; {1}: how many there are.</summary>
    public required string AnsweredOf { get; init; }
    public required string Anonymous { get; init; }
    public required string StartNow { get; init; }
    public required string Start { get; init; }
    public required string Continue { get; init; }
    public required string AllInOneCard { get; init; }
    public required string Later { get; init; }
    public required string MySurveys { get; init; }
    public required string NoSurveys { get; init; }
    public required string Done { get; init; }
    public required string NotStarted { get; init; }
    /// <summary>{0}: the deadline.</summary>
    public required string OpenUntil { get; init; }
    public required string Open { get; init; }
    public required string Closed { get; init; }
    public required string ChangeAnswers { get; init; }
    public required string MyAnswers { get; init; }
    public required string SeeResults { get; init; }
}
