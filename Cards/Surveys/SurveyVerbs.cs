namespace CollabBot.Cards.Surveys;

/// <summary>Verbs of the survey cards (answering goes through the form verbs, see Cards/Forms).</summary>
public static class SurveyVerbs
{
    public const string Import = "survey.import";
    public const string Preview = "survey.preview";
    public const string Open = "survey.open";
    public const string Close = "survey.close";
    public const string Results = "survey.results";
    public const string MyAnswers = "survey.myAnswers";
    public const string Export = "survey.export";

    public const string SurveyKey = "survey";
    public const string PageKey = "page";
    public const string PartKey = "part";
    public const string FormatKey = "format";
    public const string DefinitionInput = "definition";

    /// <summary>The form kind of surveys, as the form verbs carry it.</summary>
    public const string FormKind = "survey";

    public const string Schedule = "survey.schedule";
    public const string Unschedule = "survey.unschedule";
    public const string NextEdition = "survey.nextEdition";
    public const string Compare = "survey.compare";
    public const string Edit = "survey.edit";
    public const string Duplicate = "survey.duplicate";
    /// <summary>A member who answered sees the results staff share.</summary>
    public const string SeeResults = "survey.seeResults";

    /// <summary>The user group the results card is filtered to (a button's data), and the card's choice of it (an input).</summary>
    public const string GroupKey = "group";
    public const string GroupInput = "groupFilter";

    /// <summary>The results card's view: <see cref="ByGroupView"/>, or none for the questions one by one.</summary>
    public const string ViewKey = "view";
    public const string ByGroupView = "groups";

    /// <summary>The group filter's choice for every respondent.</summary>
    public const string AllGroups = "all";
}
