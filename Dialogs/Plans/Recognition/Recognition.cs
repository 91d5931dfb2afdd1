namespace CollabBot.Dialogs.Plans.Recognition;

public sealed record Recognition(PlansIntent Intent, IReadOnlyList<string> ProductIds, string Explanation);
