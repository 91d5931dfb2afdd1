using System.Diagnostics;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Bot.Surveys;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Surveys;
using Microsoft.Extensions.DependencyInjection;

namespace CollabBot.Bench.Surveys;

/// <summary>
/// The staff results card for a survey with many responses (one partition read, tallies, the card built and
/// serialised) against the floor: a bare read of the same partition, entities enumerated and nothing else.
/// </summary>
public static class ResultsBenchmark
{
    public static async Task<Dictionary<string, object>> RunAsync(IServiceProvider bot, string surveyId, int responses, int rounds)
    {
        var store = bot.GetRequiredService<ISurveyStore>();
        var clock = TimeProvider.System;
        var survey = await store.FindAsync(surveyId, default) ?? throw new InvalidOperationException("The results survey was not imported.");
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, responses), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await store.SaveAnswersAsync(survey, $"respondent-{i:D5}", null, null, BenchSurveys.MixedAnswers(i), true, clock.GetUtcNow(), ct));
        Console.WriteLine($"  ({responses:N0} responses written in {watch.Elapsed.TotalSeconds:F0} s)");

        var table = bot.GetRequiredService<CollabTables>()[TableSurveyStore.Responses];
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(surveyId)}");
        var cardBytes = 0;
        async Task<double> ResultsCardAsync()
        {
            var timer = Stopwatch.StartNew();
            var view = await SurveyResults.BuildAsync(survey, store.ReadResponsesAsync(surveyId, default), 0, clock.GetUtcNow(), 0, default);
            var json = ResultsCard.Build(view).ToJson();
            timer.Stop();
            cardBytes = json.Length;
            return timer.Elapsed.TotalMilliseconds;
        }
        async Task<double> BareReadAsync()
        {
            var timer = Stopwatch.StartNew();
            var count = 0;
            await foreach (var _ in table.QueryAsync<TableEntity>(partition))
            {
                count++;
            }
            timer.Stop();
            return count == responses ? timer.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"Read {count} responses");
        }

        var (card, bare) = await Turns.TurnBenchmark.AlternateAsync(ResultsCardAsync, BareReadAsync, warmup: 2, rounds);
        var cardStats = Stats.Of(card);
        var bareStats = Stats.Of(bare);
        Console.WriteLine($"Results card for {responses:N0} responses vs a bare read of the same partition ({cardBytes / 1024} KB card)");
        Console.WriteLine($"  results card  {cardStats}");
        Console.WriteLine($"  bare read     {bareStats}");
        Console.WriteLine($"  ratio p50 {cardStats.P50 / bareStats.P50:F2}   (goal <= 1.3)");
        return new()
        {
            ["results_responses"] = responses,
            ["results_card_p50_ms"] = Math.Round(cardStats.P50, 1),
            ["results_bare_read_p50_ms"] = Math.Round(bareStats.P50, 1),
            ["results_ratio_p50"] = Math.Round(cardStats.P50 / bareStats.P50, 3),
            ["results_card_kb"] = cardBytes / 1024,
        };
    }
}
