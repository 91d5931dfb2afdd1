using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Bot.Delivery;

/// <summary>
/// Reads a broadcast's audience a page at a time, as recipients with their language and address. Members who declined
/// the audience's <see cref="Audience.Topic"/> are left out here, before they have a row: they are no recipients.
/// </summary>
public sealed class AudiencePages(IMemberStore members, IPlanSubscriptions subscriptions)
{
    public async Task<(IReadOnlyList<BatchRecipient> Recipients, string? Next)> ReadAsync(Audience audience, string? continuation, int size,
        CancellationToken cancellationToken)
    {
        switch (audience.Kind)
        {
            case AudienceKind.Members:
                var (page, next) = await members.PageAsync(audience.Groups, continuation, size, cancellationToken);
                return ([.. page.Where(m => m.Wants(audience.Topic)).Select(Recipient)], next);
            case AudienceKind.Followers when audience.Product is { } product:
                var (followers, after) = await subscriptions.FollowersPageAsync(product, continuation, size, cancellationToken);
                return (await RecipientsAsync(followers, audience.Topic, cancellationToken), after);
            case AudienceKind.List:
                return (await RecipientsAsync(audience.List, audience.Topic, cancellationToken), null);
            case AudienceKind.Conversations:
                return ([.. audience.Conversations.Select(c => new BatchRecipient(c.TenantId, c.Key, c.Locale, c.Address))], null);
            default:
                return ([], null);
        }
    }

    // Someone the registry does not know (yet) keeps an empty address: their delivery ends "gone". Someone who
    // declined the topic is left out.
    private async Task<IReadOnlyList<BatchRecipient>> RecipientsAsync(IEnumerable<MemberId> ids, MessageTopic topic, CancellationToken cancellationToken)
    {
        var recipients = new List<BatchRecipient>();
        foreach (var chunk in ids.Distinct().Chunk(16))
        {
            var records = await Task.WhenAll(chunk.Select(id => members.FindAsync(id, cancellationToken)));
            for (var i = 0; i < chunk.Length; i++)
            {
                if (records[i] is not { } record)
                {
                    recipients.Add(new BatchRecipient(chunk[i].TenantId, chunk[i].ObjectId, "en-US", ""));
                }
                else if (record.Wants(topic))
                {
                    recipients.Add(Recipient(record));
                }
            }
        }
        return recipients;
    }

    private static BatchRecipient Recipient(MemberRecord m) => new(m.Id.TenantId, m.Id.ObjectId, m.SpeaksIn, m.Address ?? "");
}
