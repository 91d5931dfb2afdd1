namespace CollabBot.Dialogs.Plans.Recognition;

public sealed record Confusion(
    string Text,
    string ExpectedIntent,
    IReadOnlyList<string> ExpectedProducts,
    PlansIntent GotIntent,
    IReadOnlyList<string> GotProducts,
    string Explanation)
{
    public override string ToString() =>
        $"\"{Text}\": expected {ExpectedIntent} [{string.Join(", ", ExpectedProducts)}], " +
        $"got {GotIntent} [{string.Join(", ", GotProducts)}] ({Explanation})";
}
