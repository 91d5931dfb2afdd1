namespace CollabBot.Dialogs.Questions;

/// <summary>A slot on a meeting's agenda that a user group asked for and staff accepted.</summary>
public sealed record AgendaSlot(string Code, string Topic, string Speaker, string Group, int Minutes);

/// <summary>Where the accepted slots of a meeting come from (the agenda-slot channel): they appear on its agenda and in its briefing pack.</summary>
public interface IAgendaSlots
{
    Task<IReadOnlyList<AgendaSlot>> AcceptedAsync(string meetingId, CancellationToken cancellationToken);
}
