using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Plans.Recognition;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

/// <summary>The recogniser built from the sample catalogue, as the bot builds it, against the labelled phrasings.</summary>
public sealed class RecognitionAccuracyTests
{
    private static readonly PlansRecognizer Recognizer = new CatalogueSnapshot(PlansChat.SampleCatalogue.Products).Recognizer;

    [Theory]
    [InlineData("phrasings.json", 0.97)]
    [InlineData("phrasings.holdout.json", 0.97)]
    // Written before tuning (44/60 then), tuned on since: 59/60.
    [InlineData("phrasings.fresh.json", 0.97)]
    // Written after tuning and measured once, never tuned on: 24/40 = 60%. The threshold is that measurement,
    // rounded down, so the test guards against regressions without passing the set off as a tuning target.
    [InlineData("phrasings.unseen.json", 0.60)]
    public void ReachesItsAccuracyAndNeverAnswersPlansForAnotherTopic(string file, double threshold)
    {
        var set = LabelledPhrasing.LoadJson(File.ReadAllText(Path.Combine(RepoPaths.Root, "bench", "Recognition", file)));

        var result = RecognitionEvaluator.Evaluate(Recognizer, set);

        Assert.True(set.Count >= 40, "the labelled set is there");
        Assert.True(result.Accuracy >= threshold, $"accuracy {result.Accuracy:P1}:\n" + string.Join("\n", result.Confusions));
        Assert.Empty(result.FalsePlans);
    }
}
