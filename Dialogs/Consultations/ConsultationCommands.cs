using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Dialogs.Conversation;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Consultations;

/// <summary>"new consultation" (staff): the composer.</summary>
public sealed class NewConsultationCommand(ConsultationViews views, IStringLocalizer<ConsultationTexts> texts) : ICommand
{
    public const string Name = "consultation.new";

    public CommandInfo Info { get; } = new(Name, Role.Staff,
        ["new consultation", "start a consultation", "consult the user groups", "nouvelle consultation", "lancer une consultation",
         "nueva consulta", "iniciar una consulta", "neue konsultation", "konsultation starten"])
    {
        Help = new(texts, "NewConsultation"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken) =>
        turn.Show(await views.ComposeAsync(null, null, cancellationToken));
}

/// <summary>"consultations" (staff): every consultation, open or closed, with how many groups answered.</summary>
public sealed class ConsultationsCommand(IConsultationStore store, IStringLocalizer<ConsultationTexts> texts, TimeProvider clock) : ICommand
{
    public CommandInfo Info { get; } = new("consultations", Role.Staff,
        ["consultations", "the consultations", "list consultations", "les consultations", "consultas", "las consultas", "konsultationen", "die konsultationen"])
    {
        Help = new(texts, "Consultations"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        var entries = new List<ConsultationListEntry>();
        var now = clock.GetUtcNow();
        foreach (var c in (await store.ListAsync(cancellationToken)).Take(ConsultationListCard.MaxEntries))
        {
            var answered = (await store.ListAnswersAsync(c.Number, cancellationToken)).Count(a => c.Groups.Contains(a.Group));
            var state = c.TakesAnswersAt(now) ? $"Open until {ConsultationViews.Utc(c.Deadline)}" : $"Closed {ConsultationViews.Utc(c.ClosedAt ?? c.Deadline)}";
            entries.Add(new ConsultationListEntry(c.Number, c.Title,
                $"{state} · {answered.ToString(CultureInfo.InvariantCulture)} of {c.Groups.Count.ToString(CultureInfo.InvariantCulture)} groups answered ({string.Join(", ", c.Groups)})"));
        }
        turn.Show(ConsultationListCard.Build(entries, NewConsultationCommand.Name));
    }
}
