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
            case AudienceKind.Followers when audience.Product is not null:
                return await FollowersPageAsync(audience, continuation, size, cancellationToken);
            case AudienceKind.List:
                return (await RecipientsAsync(audience.List, audience.Topic, cancellationToken), null);
            case AudienceKind.Conversations:
                return ([.. audience.Conversations.Select(c => new BatchRecipient(c.TenantId, c.Key, c.Locale, c.Address))], null);
            default:
                return ([], null);
        }
    }

    // Several products' followers are read one product after the other ("{index}|{continuation}"); a follower of an earlier
    // product is left out of a later one's pages, so each is a recipient once.
    private async Task<(IReadOnlyList<BatchRecipient> Recipients, string? Next)> FollowersPageAsync(Audience audience, string? continuation, int size,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<string> products = audience.Products.Count > 0 ? audience.Products : [audience.Product!];
        var bar = continuation?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        var index = bar > 0 && int.TryParse(continuation![..bar], System.Globalization.CultureInfo.InvariantCulture, out var i) && i < products.Count ? i : 0;
        var inner = bar > 0 ? continuation![(bar + 1)..] : continuation;
        var (followers, after) = await subscriptions.FollowersPageAsync(products[index], inner is { Length: > 0 } ? inner : null, size, cancellationToken);
        IEnumerable<MemberId> page = followers;
        if (index > 0)
        {
            var earlier = new HashSet<MemberId>();
            foreach (var product in products.Take(index))
            {
                earlier.UnionWith(await subscriptions.FollowersOfAsync(product, cancellationToken));
            }
            page = followers.Where(f => !earlier.Contains(f));
        }
        var next = after is not null ? $"{index}|{after}" : index + 1 < products.Count ? $"{index + 1}|" : null;
        return (await RecipientsAsync(page, audience.Topic, cancellationToken), next);
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
