using System.Globalization;
using CollabBot.Cards.Model;
using CollabBot.Cards.Nominations;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Nominations;

/// <summary>Nominations as staff and members see them.</summary>
public sealed class NominationViews(QuestionViews staff, IOptions<NominationOptions> options, IStringLocalizer<NominationTexts> texts)
{
    /// <summary>In English, for staff.</summary>
    public static string KindName(NominationKind kind, string? programme = null) => kind switch
    {
        NominationKind.Expert => "Expert for a WIPO project",
        NominationKind.Trainer => programme is null ? "Trainer" : $"Trainer for {programme}",
        _ => "Speaker request",
    };

    public static string StatusName(NominationStatus status) => status switch
    {
        NominationStatus.AwaitingConsent => "awaiting the nominee's consent",
        NominationStatus.UnderReview => "under review",
        NominationStatus.Accepted => "accepted",
        NominationStatus.Declined => "declined",
        NominationStatus.OnHold => "on hold",
        _ => "withdrawn",
    };

    /// <summary>In the member's language.</summary>
    public string Kind(NominationKind kind) => texts[$"Kind{kind}"];

    public string Status(NominationStatus status) => texts[$"Status{status}"];

    public async Task<NominationCardView> CardAsync(Nomination n, CancellationToken cancellationToken)
    {
        var rule = options.Value.RuleFor(n.Kind);
        var d = n.Details;
        var facts = new List<Fact>();
        if (d is null)
        {
            facts.Add(new Fact("Details", "removed"));
        }
        else if (n.Kind == NominationKind.Speaker)
        {
            facts.Add(new Fact("Asks for", d.Need ?? NominationForms.Needs[1]));
            facts.Add(new Fact("Event", d.Event ?? ""));
            facts.Add(new Fact("Date", d.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
            facts.Add(new Fact("Place", d.Place ?? ""));
            facts.Add(new Fact("Audience", d.Audience ?? ""));
            facts.Add(new Fact("Topics", string.Join(", ", d.Expertise)));
            facts.Add(new Fact("Language", d.Languages));
        }
        else
        {
            facts.Add(new Fact("Nominee", d.NomineeName));
            facts.Add(new Fact("Organisation", d.Organisation));
            facts.Add(new Fact("Expertise", string.Join(", ", d.Expertise)));
            facts.Add(new Fact("Languages", d.Languages));
            facts.Add(new Fact("Availability", d.Availability));
        }
        facts.Add(new Fact(n.Kind == NominationKind.Speaker ? "Asked by" : "Nominated by",
            n.NominatorGroup is { } group ? $"{n.NominatorName} ({group})" : n.NominatorName));
        if (n.Decision is { } decision)
        {
            facts.Add(new Fact("Decision", decision));
        }
        if (n.TermUntil is { } term)
        {
            facts.Add(new Fact("In the directory until", term.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        // Staff are read once: for the reviewers' names and for the choice of reviewers.
        var people = (await staff.StaffAsync(cancellationToken)).Select(p => new Cards.Questions.StaffChoice(QuestionPings.PersonKey(p.Id), p.Name)).ToList();
        var names = people.ToDictionary(p => p.Id, p => p.Name);
        var panel = $"{rule.Needed.ToString(CultureInfo.InvariantCulture)} of {rule.Reviewers.ToString(CultureInfo.InvariantCulture)} reviewers must recommend it"
            + (n.Reviewers.Count > 0 ? $"; asked: {string.Join(", ", n.Reviewers.Select(r => names.GetValueOrDefault(r) ?? r))}" : "");
        var reviews = n.Reviews.Select(r => r.Conflict
            ? $"{r.Name}: conflict of interest declared"
            : $"{r.Name}: {r.Score?.ToString(CultureInfo.InvariantCulture)}/5, {(r.Recommends == true ? "recommends it" : "does not recommend it")}{(r.Comment is { Length: > 0 } c ? ": " + c : "")}").ToList();
        var history = n.History.Select(h => $"{h.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {h.By} {h.What}").ToList();
        return new NominationCardView(n.Number, n.Id, KindName(n.Kind, d?.Programme), StatusName(n.Status), facts, d?.Motivation, panel, reviews, history,
            people,
            n.Status == NominationStatus.UnderReview, n.Status == NominationStatus.OnHold);
    }

    public NominationRow Row(Nomination n) =>
        new(n.Number, n.Id, KindName(n.Kind, n.Details?.Programme), n.Kind == NominationKind.Speaker ? n.Details?.Event ?? "" : n.Details?.NomineeName ?? "",
            StatusName(n.Status), n.Details is { } d ? $"{string.Join(", ", d.Expertise)} · {d.Languages}" : "details removed");

    /// <summary>The steps members are shown, by what staff read, and the text's key.</summary>
    private static readonly Dictionary<string, string> MemberSteps = new(StringComparer.Ordinal)
    {
        [Steps.Nominated] = "StepNominated",
        [Steps.AskedForSpeaker] = "StepAskedForSpeaker",
        [Steps.Confirmed] = "StepConfirmed",
        [Steps.Agreed] = "StepAgreed",
        [Steps.DidNotAgree] = "StepDidNotAgree",
        [Steps.WentToReview] = "StepWentToReview",
        [Steps.Withdrawn] = "StepWithdrawn",
        [Steps.OnHold] = "StepOnHold",
        [Steps.Resumed] = "StepResumed",
        [Steps.Accepted] = "StepAccepted",
        [Steps.Declined] = "StepDeclined",
    };

    /// <summary>The audit trail in the member's language: when, and what happened; reviewers' steps and staff names are not shown.</summary>
    public IReadOnlyList<string> MemberHistory(Nomination n) =>
        [.. n.History.Where(h => MemberSteps.ContainsKey(h.What))
            .Select(h => $"{h.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {texts[MemberSteps[h.What]]}")];
}

/// <summary>What the audit trail says of each step, as staff read it.</summary>
public static class Steps
{
    public const string Nominated = "nominated";
    public const string AskedForSpeaker = "asked for a speaker";
    public const string Confirmed = "confirmed the nominee agreed";
    public const string Agreed = "agreed to be nominated (the nominee)";
    public const string DidNotAgree = "did not agree to be nominated (the nominee); details removed";
    public const string WentToReview = "went to review";
    public const string Withdrawn = "withdrew it; details removed";
    public const string OnHold = "put it on hold";
    public const string Resumed = "resumed the review";
    public const string Accepted = "accepted";
    public const string Declined = "declined";
}
