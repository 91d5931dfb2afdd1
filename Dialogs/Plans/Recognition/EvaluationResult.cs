namespace CollabBot.Dialogs.Plans.Recognition;

public sealed record EvaluationResult(int Total, int Correct, IReadOnlyList<Confusion> Confusions)
{
    public double Accuracy => Total == 0 ? 1.0 : (double)Correct / Total;

    /// <summary>Messages labelled none that came out as Plans: the worst kind of error (the bot answers the wrong question).</summary>
    public IEnumerable<Confusion> FalsePlans =>
        Confusions.Where(c => c.GotIntent == PlansIntent.Plans && string.Equals(c.ExpectedIntent, "none", StringComparison.OrdinalIgnoreCase));
}
