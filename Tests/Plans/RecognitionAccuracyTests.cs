using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Plans.Recognition;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

/// <summary>The recogniser built from the sample catalogue, as the bot builds it, against the labelled phrasings.</summary>
public sealed class RecognitionAccuracyTests
{
    private static readonly PlansRecognizer Recognizer = new CatalogueSnapshot(PlansHarness.SampleCatalogue.Products).Recognizer;

    [Theory]
    [InlineData("phrasings.json")]
    [InlineData("phrasings.holdout.json")]
    public void ReachesTheAccuracyGoalAndNeverAnswersPlansForAnotherTopic(string file)
    {
        var set = LabelledPhrasing.LoadJson(File.ReadAllText(Path.Combine(RepoPaths.Root, "bench", "Recognition", file)));

        var result = RecognitionEvaluator.Evaluate(Recognizer, set);

        Assert.True(set.Count >= 40, "the labelled set is there");
        Assert.True(result.Accuracy >= 0.97, $"accuracy {result.Accuracy:P1}:\n" + string.Join("\n", result.Confusions));
        Assert.Empty(result.FalsePlans);
    }
}
