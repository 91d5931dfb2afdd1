using System.Diagnostics;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Plans.Recognition;

namespace CollabBot.Bench.Recognition;

/// <summary>Accuracy of the product-plans recognizer on the labelled phrasings, its confusions, and its speed.</summary>
public static class RecognitionBenchmark
{
    public static Dictionary<string, object> Run()
    {
        var root = FindRoot();
        // The recognizer the bot builds from its catalogue, here from the sample the bot loads on first start.
        var catalogue = CatalogueFile.Parse(File.ReadAllText(Path.Combine(root, "Bot", "SampleData", "catalogue.sample.json")));
        var recognizer = new CatalogueSnapshot(catalogue.Products).Recognizer;
        var figures = new Dictionary<string, object>();
        foreach (var (name, file, goal) in new[]
        {
            ("main", "phrasings.json", ">= 97%"),
            ("holdout", "phrasings.holdout.json", ">= 97%"),
            // Written before the recogniser was tuned on its failures.
            ("fresh", "phrasings.fresh.json", ">= 97%"),
            // Written after tuning and measured once; never tuned on.
            ("unseen", "phrasings.unseen.json", ">= 60%, as first measured"),
        })
        {
            var set = LabelledPhrasing.LoadJson(File.ReadAllText(Path.Combine(root, "bench", "Recognition", file)));
            var result = RecognitionEvaluator.Evaluate(recognizer, set);
            Console.WriteLine($"Recognition ({name} set): {result.Correct}/{result.Total} = {result.Accuracy:P1}   (goal {goal}, no false plans)");
            foreach (var confusion in result.Confusions)
            {
                Console.WriteLine($"  confused: {confusion}");
            }
            figures[$"recognition_{name}_accuracy"] = Math.Round(result.Accuracy, 4);
            figures[$"recognition_{name}_total"] = result.Total;
            figures[$"recognition_{name}_false_plans"] = result.FalsePlans.Count();
        }
        var phrasings = LabelledPhrasing.LoadJson(File.ReadAllText(Path.Combine(root, "bench", "Recognition", "phrasings.json")));
        var watch = Stopwatch.StartNew();
        var rounds = 50;
        for (var i = 0; i < rounds; i++)
        {
            foreach (var p in phrasings)
            {
                recognizer.Recognize(p.Text);
            }
        }
        var perMessageUs = watch.Elapsed.TotalMicroseconds / (rounds * phrasings.Count);
        Console.WriteLine($"Recognition speed: {perMessageUs:F1} µs per message");
        figures["recognition_us_per_message"] = Math.Round(perMessageUs, 1);
        return figures;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabBot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
