namespace CollabBot.Dialogs.Conversation;

/// <summary>
/// A standard channel of a team, as a turn from it tells: where new posts there start threads (<see cref="Address"/>,
/// a serialised conversation reference) and who is in the team (<see cref="Roster"/>, read on demand from Teams).
/// </summary>
public sealed record TeamChannel(
    string TeamId,
    string TeamName,
    string ChannelId,
    string TenantId,
    string Address,
    Func<CancellationToken, Task<IReadOnlyList<RosterEntry>>> Roster);

/// <param name="ObjectId">Their Microsoft Entra object id (empty when Teams did not give one).</param>
public sealed record RosterEntry(string ObjectId, string Name);

/// <summary>Teams would not give a team's roster (the app is not in the team, the service failed).</summary>
public sealed class RosterUnavailableException(string message, Exception inner) : Exception(message, inner);
