using System.Globalization;
using CollabBot.Cards.Consultations;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Questions;

namespace CollabBot.Dialogs.Consultations;

/// <summary>The composer's "send": the consultation recorded and its card sent to the confirmed representatives of the groups asked.</summary>
public sealed class SendConsultationAction(ConsultationViews views, ConsultationSending sending, TimeProvider clock) : ICardAction
{
    public string Verb => ConsultationVerbs.Send;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (inputs, problem) = ConsultationInputs.Parse(submit, views.Groups, now);
        var representatives = inputs is null ? [] : await views.ListRepresentativesAsync(inputs.Groups, cancellationToken);
        if (inputs is not null && representatives.Count == 0)
        {
            problem = "No group asked has a confirmed representative yet: members say so on their profile, and staff confirm it with **pending groups**.";
        }
        if (problem is not null || inputs is null)
        {
            // The composer again with what they typed, so nothing is lost.
            turn.Replace(await views.ComposeAsync(ConsultationInputs.Typed(submit), problem, cancellationToken));
            return;
        }
        var once = $"{turn.Sender.Id}|{QuestionTickets.ShortHash($"{inputs.Title}\n{inputs.Text}\n{inputs.Deadline.UtcTicks}\n{string.Join(",", inputs.Groups)}")}";
        var (consultation, added) = await sending.SendAsync(new Consultation(0, inputs.Title, inputs.Text, inputs.Deadline, inputs.Groups, now, turn.Sender.Name),
            once, [.. representatives.Select(m => m.Id)], cancellationToken);
        var reached = representatives.Select(m => m.UserGroup).Distinct().Count();
        var note = added
            ? $"Sent to {Count(representatives.Count, "representative")} of {Count(reached, "group")}" +
              (reached < inputs.Groups.Count ? $"; {Count(inputs.Groups.Count - reached, "group")} asked {(inputs.Groups.Count - reached == 1 ? "has" : "have")} no confirmed representative." : ".")
            : $"{consultation.Id} was already sent.";
        turn.Replace(await views.StaffCardAsync(consultation, note, cancellationToken));
    }

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}

/// <summary>What staff's consultation buttons share: the consultation they name, found (or a clear word when it is gone).</summary>
public abstract class ConsultationStaffAction(IConsultationStore store) : ICardAction
{
    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!int.TryParse(submit[ConsultationVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(number, cancellationToken) is not { } consultation)
        {
            turn.Say("That consultation no longer exists; type **consultations** for the list.");
            return;
        }
        await HandleAsync(turn, submit, consultation, cancellationToken);
    }

    protected abstract Task HandleAsync(Turn turn, CardSubmit submit, Consultation consultation, CancellationToken cancellationToken);
}

/// <summary>"Refresh": the card again, with the answers given since.</summary>
public sealed class RefreshConsultationAction(IConsultationStore store, ConsultationViews views) : ConsultationStaffAction(store)
{
    public override string Verb => ConsultationVerbs.Status;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Consultation consultation, CancellationToken cancellationToken) =>
        turn.Replace(await views.StaffCardAsync(consultation, null, cancellationToken));
}

/// <summary>The list's "show": the consultation's card.</summary>
public sealed class ShowConsultationAction(IConsultationStore store, ConsultationViews views) : ConsultationStaffAction(store)
{
    public override string Verb => ConsultationVerbs.Open;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Consultation consultation, CancellationToken cancellationToken) =>
        turn.Show(await views.StaffCardAsync(consultation, null, cancellationToken));
}

/// <summary>"Close now": no more answers are taken, before the deadline.</summary>
public sealed class CloseConsultationAction(IConsultationStore store, ConsultationViews views, ConsultationSending sending) : ConsultationStaffAction(store)
{
    public override string Verb => ConsultationVerbs.Close;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Consultation consultation, CancellationToken cancellationToken)
    {
        var (after, closed) = await sending.CloseAsync(consultation.Number, turn.Sender.Name, cancellationToken);
        turn.Replace(await views.StaffCardAsync(after ?? consultation, closed ? "Closed: answers are no longer taken." : "It was already closed.", cancellationToken));
    }
}

public sealed class ExportConsultationAction(IConsultationStore store, IExportRequests exports) : ConsultationStaffAction(store)
{
    /// <summary>The kind of export: a consultation's answers, one row per group asked (its number is the export's id).</summary>
    public const string Kind = "consultation-answers";

    public override string Verb => ConsultationVerbs.Export;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Consultation consultation, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ExportFormat>(submit[ConsultationVerbs.FormatKey], ignoreCase: true, out var format) || format is not (ExportFormat.Csv or ExportFormat.Xlsx))
        {
            turn.Say("That export button is missing its format; type **consultations** and open the consultation again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(Kind, consultation.Number.ToString(CultureInfo.InvariantCulture), format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the answers to {consultation.Id} as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}: I'll send you a download link here in a moment.");
    }
}
