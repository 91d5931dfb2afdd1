using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using Microsoft.Bot.Schema;

namespace CollabBot.Bot.Teams;

/// <summary>Claims an activity before it is answered, so that two copies delivered at once are answered once.</summary>
public interface IActivityClaims
{
    /// <returns>The claim, or null when another copy holds it.</returns>
    Task<TableLease?> TryClaimAsync(IActivity activity, CancellationToken cancellationToken);

    /// <summary>Gives the activity back after a failed turn, so its re-delivery runs again. Never throws.</summary>
    Task ReleaseAsync(TableLease claim);
}

/// <summary>
/// Claims an activity before it is answered, so that two copies delivered at once (Teams re-sends a slow turn,
/// possibly to another instance) are answered once: the first insert wins; the other copy is dropped while the
/// winner's lease runs, and may take over after it (the winner is then taken to have crashed). A turn that fails
/// releases its claim, so a re-delivery runs again. Completed turns are also remembered in the conversation's
/// state; claims are only kept a few days.
/// activityclaims: PartitionKey the UTC day of the activity ("20261202"), RowKey conversation id + activity id.
/// </summary>
public sealed partial class ActivityClaims(CollabTables tables, TimeProvider clock, ILogger<ActivityClaims> logger) : IActivityClaims
{
    public const string Table = "activityclaims";

    /// <summary>Longer than any turn should take, shorter than Teams' patience with a re-delivery.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    public const int DaysKept = 2;

    private TableClient Claims => tables[Table];

    public async Task<TableLease?> TryClaimAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (partition, row) = KeyOf(activity, now);
        return await TableLeases.TryAcquireAsync(Claims, partition, row, now, Lease, cancellationToken);
    }

    // A claim left behind only lapses: a failure to release is logged, not thrown.
    public async Task ReleaseAsync(TableLease claim)
    {
        try
        {
            await TableLeases.ReleaseAsync(Claims, claim, CancellationToken.None);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException)
        {
            LogReleaseFailed(logger, claim.RowKey, e.GetType().Name);
        }
    }

    /// <summary>Deletes the claims of days older than <see cref="DaysKept"/> (the last month's are looked at).</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var today = clock.GetUtcNow().UtcDateTime.Date;
        for (var age = DaysKept + 1; age <= 31; age++)
        {
            var day = Day(today.AddDays(-age));
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {day}");
            var batch = new List<TableTransactionAction>();
            await foreach (var old in Claims.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                batch.Add(new TableTransactionAction(TableTransactionActionType.Delete, old, ETag.All));
                if (batch.Count == 100)
                {
                    await Claims.SubmitTransactionAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                await Claims.SubmitTransactionAsync(batch, cancellationToken);
            }
        }
    }

    // The day comes from the activity's own timestamp, so copies delivered either side of midnight meet.
    private static (string Partition, string Row) KeyOf(IActivity activity, DateTimeOffset now)
    {
        var stamped = activity.Timestamp is { } t && (t - now).Duration() < TimeSpan.FromDays(1) ? t : now;
        return (Day(stamped.UtcDateTime.Date), TableKey.Encode(activity.Conversation.Id + "\n" + activity.Id));
    }

    private static string Day(DateTime date) => date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the claim on {Claim} ({Reason}); it lapses on its own")]
    private static partial void LogReleaseFailed(ILogger logger, string claim, string reason);
}
