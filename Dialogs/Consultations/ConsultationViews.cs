using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Consultations;

/// <summary>Builds the consultations' cards: staff's composer and card of one consultation (English), and a representative's card in the current UI culture.</summary>
public sealed class ConsultationViews(IConsultationStore store, IMemberStore members, IOptions<CollabOptions> collab, IStringLocalizer<ConsultationTexts> texts)
{
    /// <summary>The groups a new consultation asks unless staff choose otherwise: the major user groups.</summary>
    public static readonly IReadOnlyList<string> MajorGroups = ["PDG", "PIUG", "CEPIUG"];

    public IReadOnlyList<string> Groups => collab.Value.UserGroups;

    /// <summary>The composer: empty, or with what was typed and what is wrong with it.</summary>
    public async Task<AdaptiveCard> ComposeAsync(ComposeConsultationView? typed, string? problem, CancellationToken cancellationToken)
    {
        var representatives = await RepresentativesAsync(Groups, cancellationToken);
        var facts = Groups.Select(g => new Fact(g, representatives.TryGetValue(g, out var names) && names.Count > 0 ? string.Join(", ", names) : "none")).ToList();
        var view = typed ?? new ComposeConsultationView(null, null, null, null, [.. MajorGroups.Where(Groups.Contains)], [], [], null);
        return ComposeConsultationCard.Build(view with { GroupChoices = [.. Groups.Select(g => new Choice(g, g))], Representatives = facts, Problem = problem });
    }

    public async Task<AdaptiveCard> StaffCardAsync(Consultation c, string? note, CancellationToken cancellationToken) =>
        StaffConsultationCard.Build(await StaffViewAsync(c, note, cancellationToken));

    public async Task<StaffConsultationView> StaffViewAsync(Consultation c, string? note, CancellationToken cancellationToken)
    {
        var answers = (await store.ListAnswersAsync(c.Number, cancellationToken)).ToDictionary(a => a.Group, StringComparer.Ordinal);
        var representatives = await RepresentativesAsync(c.Groups, cancellationToken);
        var columns = c.Groups.Select(g => answers.TryGetValue(g, out var a)
            ? new GroupColumn(g, representatives.GetValueOrDefault(g, []), a.Name, Utc(a.At), a.Text)
            : new GroupColumn(g, representatives.GetValueOrDefault(g, []))).ToList();
        return new StaffConsultationView(c.Number, c.Title, c.Text, Status(c), c.Status == ConsultationStatus.Open, columns, note);
    }

    /// <summary>The names of each group's confirmed representatives now.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RepresentativesAsync(IReadOnlyList<string> groups, CancellationToken cancellationToken) =>
        (await ListRepresentativesAsync(groups, cancellationToken)).GroupBy(m => m.UserGroup!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(m => m.Name).Order(StringComparer.CurrentCulture)], StringComparer.Ordinal);

    /// <summary>The members staff confirmed as representatives of one of these groups.</summary>
    public async Task<IReadOnlyList<MemberRecord>> ListRepresentativesAsync(IReadOnlyList<string> groups, CancellationToken cancellationToken) =>
        groups.Count == 0 ? [] : [.. (await members.ListAsync(groups, cancellationToken)).Where(m => m.Represents(groups))];

    public static string Status(Consultation c) => c.Status == ConsultationStatus.Closed
        ? $"Closed {Utc(c.ClosedAt ?? c.Deadline)}{(c.ClosedBy is { } by ? $" by {by}" : " at its deadline")} · asked by {c.Author}"
        : $"Open until {Utc(c.Deadline)} · asked by {c.Author}";

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The card a representative of <paramref name="group"/> sees now, in the current UI culture.</summary>
    /// <param name="reader">Who reads it: their own answer reads "you answered".</param>
    public async Task<AdaptiveCard> MemberCardAsync(Consultation c, string group, Conversation.MemberId reader, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answer = (await store.ListAnswersAsync(c.Number, cancellationToken)).FirstOrDefault(a => a.Group == group);
        var view = new ConsultationView(c.Number, c.Title, c.Text, MemberDate(c.Deadline), group,
            answer is not null ? ConsultationCardState.Answered : c.TakesAnswersAt(now) ? ConsultationCardState.Open : ConsultationCardState.Closed);
        if (answer is not null)
        {
            view = view with
            {
                AnsweredLine = answer.Member == reader ? texts["YouAnswered", group, MemberDate(answer.At)] : texts["AlreadyAnswered", answer.Name, group, MemberDate(answer.At)],
                Answer = answer.Text,
            };
        }
        return ConsultationCard.Build(view, Labels(group));
    }

    public ConsultationLabels Labels(string group) => new(texts["Intro"], texts["Deadline"], texts["OnBehalfOf"], texts["AnswerLabel", group],
        texts["AnswerPlaceholder"], texts["Send"], texts["AnswerRequired"], texts["ClosedOnCard"]);

    /// <summary>A date and time as the reader reads them ("1 December 2026, 17:00 UTC"; the culture is theirs).</summary>
    public static string MemberDate(DateTimeOffset at) =>
        at.UtcDateTime.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";
}
