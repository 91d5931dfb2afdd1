using CollabBot.Bot.Storage;
using CollabBot.Bot.Teams;
using Microsoft.Bot.Schema;

namespace CollabBot.Tests.Support;

/// <summary>Every activity is the first of its kind: for turn tests without storage.</summary>
public sealed class GrantingClaims : IActivityClaims
{
    public Task<TableLease?> TryClaimAsync(IActivity activity, CancellationToken cancellationToken) =>
        Task.FromResult<TableLease?>(new TableLease("day", activity.Id, Azure.ETag.All));

    public Task ReleaseAsync(TableLease claim) => Task.CompletedTask;
}
