namespace CollabBot.Dialogs.Plans.Recognition;

/// <summary>A phrasing is correct when both the intent and the ordered product list match its label.</summary>
public static class RecognitionEvaluator
{
    public static EvaluationResult Evaluate(PlansRecognizer r, IEnumerable<LabelledPhrasing> set)
    {
        var total = 0;
        var correct = 0;
        var confusions = new List<Confusion>();
        foreach (var item in set)
        {
            total++;
            var got = r.Recognize(item.Text);
            var intentOk = Enum.TryParse<PlansIntent>(item.Intent, ignoreCase: true, out var expected) && expected == got.Intent;
            if (intentOk && got.ProductIds.SequenceEqual(item.Products, StringComparer.Ordinal))
            {
                correct++;
            }
            else
            {
                confusions.Add(new Confusion(item.Text, item.Intent, item.Products, got.Intent, got.ProductIds, got.Explanation));
            }
        }

        return new EvaluationResult(total, correct, confusions);
    }
}
