using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// "Documents up front" for a meeting: its agenda, its questions grouped by topic (agenda topics first) and ordered by
/// votes, their answers so far, and the current plans of every product they concern. Staff read it (English).
/// </summary>
public sealed record BriefingPack(Meeting Meeting, IReadOnlyList<BriefingTopic> Topics, IReadOnlyList<BriefingProduct> Products, DateTimeOffset Made)
{
    /// <summary>Slots user groups asked for and staff accepted.</summary>
    public IReadOnlyList<AgendaSlot> Slots { get; init; } = [];

    public int QuestionCount => Topics.Sum(t => t.Questions.Count);

    public Document ToDocument()
    {
        var document = new Document($"{Meeting.Name}: briefing pack")
            .Note($"Meeting on {Day(Meeting.Date)}. Questions taken from {Day(Meeting.Opens)} to {Day(Meeting.Closes.AddDays(-1))}. "
                + $"Made {Made.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
        document.Heading(2, "Agenda");
        if (Meeting.Topics.Count == 0 && Slots.Count == 0)
        {
            document.Paragraph("No agenda topics yet.");
        }
        foreach (var topic in Meeting.Topics)
        {
            document.Bullet(topic);
        }
        foreach (var slot in Slots)
        {
            document.Bullet($"{slot.Topic}: {slot.Speaker} ({slot.Group}), {slot.Minutes} minutes [{slot.Code}]");
        }
        document.Heading(2, $"Questions ({QuestionCount})");
        if (QuestionCount == 0)
        {
            document.Paragraph("No question was asked.");
        }
        foreach (var topic in Topics)
        {
            document.Heading(3, topic.Name);
            foreach (var q in topic.Questions)
            {
                document.Paragraph(q.Text, $"{q.Id}.")
                    .Note($"Asked by {q.AskedBy}; {q.Votes + 1} member{(q.Votes == 0 ? "" : "s")} asked it; {q.Status}.");
                if (q.Answer is { } answer)
                {
                    document.Paragraph(answer, "Answer:");
                }
            }
        }
        document.Heading(2, "Current plans of the products concerned");
        if (Products.Count == 0)
        {
            document.Paragraph("No question names a product of the plans catalogue.");
        }
        foreach (var product in Products)
        {
            document.Heading(3, product.Name);
            if (product.Plans.Count == 0)
            {
                document.Paragraph("Nothing planned at the moment.");
            }
            foreach (var plan in product.Plans)
            {
                document.Bullet($"{plan.Title} ({plan.Status}{(plan.Target is { } target ? ", " + target : "")})");
            }
        }
        return document;
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record BriefingTopic(string Name, IReadOnlyList<BriefingQuestion> Questions);

/// <param name="AskedBy">As the asker chose to be shown.</param>
public sealed record BriefingQuestion(string Id, string Text, string AskedBy, int Votes, string Status, string? Answer);

public sealed record BriefingProduct(string Name, IReadOnlyList<BriefingPlan> Plans);

public sealed record BriefingPlan(string Title, string Status, string? Target);

/// <summary>Builds a meeting's briefing pack from its questions and the plans catalogue.</summary>
public sealed class BriefingPacks(IQuestionStore store, PlansDirectory directory, IPlansCatalogue catalogue, IEnumerable<IAgendaSlots> slots, TimeProvider clock)
{
    public const string ExportKind = "briefing";

    public async Task<BriefingPack?> BuildAsync(string meetingId, CancellationToken cancellationToken)
    {
        if (await store.FindMeetingAsync(meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }
        var questions = (await store.ListAsync(meetingId, cancellationToken)).Where(q => q.MergedInto is null).ToList();
        var agenda = meeting.Topics.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.OrdinalIgnoreCase);
        var topics = questions.GroupBy(q => q.Topic, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => agenda.GetValueOrDefault(g.Key, int.MaxValue)).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new BriefingTopic(g.Key, [.. g.OrderByDescending(q => q.Voices).ThenBy(q => q.Number).Select(View)]))
            .ToList();
        var products = new List<BriefingProduct>();
        foreach (var product in (await directory.GetAsync(cancellationToken)).Products.Where(p => questions.Any(q => Concerns(q, p))))
        {
            var plans = (await catalogue.ListPlansAsync(product.Id, cancellationToken)).Where(p => !p.Retired && p.IsUpcoming)
                .OrderBy(p => p.Status == PlanStatus.InProgress ? 0 : 1).ThenBy(p => p.Target ?? "~", StringComparer.Ordinal)
                .Select(p => new BriefingPlan(p.Title, p.Status == PlanStatus.InProgress ? "in progress" : "planned", p.Target));
            products.Add(new BriefingProduct(product.Name, [.. plans]));
        }
        var accepted = new List<AgendaSlot>();
        foreach (var source in slots)
        {
            accepted.AddRange(await source.AcceptedAsync(meetingId, cancellationToken));
        }
        return new BriefingPack(meeting, topics, products, clock.GetUtcNow()) { Slots = accepted };
    }

    /// <summary>A question concerns a product when it is its topic or names it (or one of its other names).</summary>
    public static bool Concerns(Question q, Product product)
    {
        var text = $" {Phrase.Normalize(q.Topic)} {Phrase.Normalize(q.Text)} ";
        return product.Aliases.Prepend(product.Name).Select(Phrase.Normalize).Any(n => n.Length > 0 && text.Contains($" {n} ", StringComparison.Ordinal));
    }

    public static string StatusOf(Question q) => q.Status switch
    {
        QuestionStatus.Received => "waiting to be taken",
        QuestionStatus.Taken => $"being answered by {q.AssigneeName}",
        QuestionStatus.Answered => q.Published ? "answered (published)" : "answered (to the asker)",
        QuestionStatus.OnAgenda => "on the agenda",
        QuestionStatus.AnsweredInMeeting => "answered in the meeting",
        QuestionStatus.FollowUpOwed => $"follow-up owed by {q.FollowUpOwnerName ?? "staff"}{(q.FollowUpDue is { } due ? $" by {due:yyyy-MM-dd}" : "")}",
        _ => "closed",
    };

    private static BriefingQuestion View(Question q) => new(q.Id, q.Text, q.ShownAsker, q.Voices, StatusOf(q), q.Answer);
}
