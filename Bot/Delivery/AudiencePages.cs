using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Delivery;

/// <summary>Reads a broadcast's audience a page at a time, as recipients with their language and address.</summary>
public sealed class AudiencePages(IMemberStore members, IPlanSubscriptions subscriptions)
{
    public async Task<(IReadOnlyList<BatchRecipient> Recipients, string? Next)> ReadAsync(Audience audience, string? continuation, int size,
        CancellationToken cancellationToken)
    {
        switch (audience.Kind)
        {
            case AudienceKind.Members:
                var (page, next) = await members.PageAsync(audience.Groups, continuation, size, cancellationToken);
                return ([.. page.Select(Recipient)], next);
            case AudienceKind.Followers when audience.Product is { } product:
                var (followers, after) = await subscriptions.FollowersPageAsync(product, continuation, size, cancellationToken);
                return (await RecipientsAsync(followers, cancellationToken), after);
            case AudienceKind.List:
                return (await RecipientsAsync(audience.List, cancellationToken), null);
            case AudienceKind.Conversations:
                return ([.. audience.Conversations.Select(c => new BatchRecipient(c.TenantId, c.Key, c.Locale, c.Address))], null);
            default:
                return ([], null);
        }
    }

    // Someone the registry does not know (yet) keeps an empty address: their delivery ends "gone".
    private async Task<IReadOnlyList<BatchRecipient>> RecipientsAsync(IEnumerable<MemberId> ids, CancellationToken cancellationToken)
    {
        var recipients = new List<BatchRecipient>();
        foreach (var chunk in ids.Distinct().Chunk(16))
        {
            var records = await Task.WhenAll(chunk.Select(id => members.FindAsync(id, cancellationToken)));
            recipients.AddRange(chunk.Select((id, i) => records[i] is { } record ? Recipient(record) : new BatchRecipient(id.TenantId, id.ObjectId, "en-US", "")));
        }
        return recipients;
    }

    private static BatchRecipient Recipient(MemberRecord m) => new(m.Id.TenantId, m.Id.ObjectId, m.SpeaksIn, m.Address ?? "");
}
