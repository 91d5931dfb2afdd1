using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Storage;

/// <summary>
/// On the first start (an empty catalogue) loads the sample catalogue shipped in SampleData, labelled as sample.
/// Runs after the tables are created; later starts leave staff's catalogue alone.
/// </summary>
public sealed partial class PlansSampleLoader(TablePlansCatalogue catalogue, PlansDirectory directory, ILogger<PlansSampleLoader> logger) : IHostedService
{
    public static string SampleFile => Path.Combine(AppContext.BaseDirectory, "SampleData", "catalogue.sample.json");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(SampleFile))
        {
            return;
        }
        try
        {
            if (!await catalogue.IsEmptyAsync(cancellationToken))
            {
                return;
            }
            var content = CatalogueFile.Parse(await File.ReadAllTextAsync(SampleFile, cancellationToken));
            await catalogue.LoadAsync(content, cancellationToken);
            await directory.ReloadAsync(cancellationToken);
            LogLoaded(logger, content.Products.Count, content.Plans.Count);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            // Sample data is not worth failing the start for: the health check reports the storage problem.
            LogNotLoaded(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the sample plans catalogue: {Products} products, {Plans} plan items")]
    private static partial void LogLoaded(ILogger logger, int products, int plans);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sample plans catalogue was not loaded: {Reason}")]
    private static partial void LogNotLoaded(ILogger logger, string reason);
}
