namespace CollabBot.Dialogs.Questions;

/// <summary>
/// A meeting of the IP Information Round Table: questions are collected while its window is open, answered before
/// or in it, and followed up after it.
/// </summary>
/// <param name="Id">A slug of its name ("round-table-2027").</param>
public sealed record Meeting(
    string Id,
    string Name,
    DateTimeOffset Date,
    DateTimeOffset Opens,
    DateTimeOffset Closes,
    IReadOnlyList<string> Topics,
    string CreatedBy,
    DateTimeOffset Created)
{
    public bool Accepts(DateTimeOffset now) => now >= Opens && now < Closes;
}
