using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CollabBot.Bot.Storage;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Newsletters;

namespace CollabBot.Bot.Newsletters;

/// <summary>
/// newsletters: partition "nl" holds the newsletters (RowKey the number, zero-padded; each language version in a column
/// of its own, as a column holds at most 32,000 characters) and the counter; partition "nl{n}" holds its replies
/// ("r{number}"), their counter, and its engagement ("read|{hash}", "helpful|{hash}"): one row per member and kind,
/// keyed by a hash of the member so that the rows count but do not name them.
/// </summary>
public sealed class TableNewsletterStore(CollabTables tables) : INewsletterStore
{
    public const string TableName = "newsletters";
    private const string Partition = "nl";
    private const string Counter = "~next";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private TableClient Table => tables[TableName];

    public async Task<Newsletter> AddAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        var numbered = newsletter with { Number = await TableRows.NextNumberAsync(Table, Partition, Counter, cancellationToken) };
        await Table.AddEntityAsync(ToEntity(numbered), cancellationToken);
        return numbered;
    }

    public async Task<Newsletter?> FindAsync(int number, CancellationToken cancellationToken) => (await ReadAsync(number, cancellationToken))?.Newsletter;

    public Task<Newsletter?> UpdateAsync(int number, Func<Newsletter, Newsletter?> change, CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadAsync(number, cancellationToken), ToEntity, change, cancellationToken);

    public async Task<IReadOnlyList<Newsletter>> ListAsync(CancellationToken cancellationToken)
    {
        var newsletters = new List<Newsletter>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey lt {"~"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            newsletters.Add(FromEntity(e));
        }
        newsletters.Reverse();
        return newsletters;
    }

    public async Task<bool> CountAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(RepliesPartition(number), EngagementRow(member, engagement)), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> CountedAsync(int number, MemberId member, Engagement engagement, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(RepliesPartition(number), EngagementRow(member, engagement),
            select: ["PartitionKey"], cancellationToken: cancellationToken)).HasValue;

    public async Task<NewsletterEngagement> EngagementAsync(int number, CancellationToken cancellationToken)
    {
        int read = 0, helpful = 0, replies = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RepliesPartition(number)}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (e.RowKey.StartsWith("read|", StringComparison.Ordinal))
            {
                read++;
            }
            else if (e.RowKey.StartsWith("helpful|", StringComparison.Ordinal))
            {
                helpful++;
            }
            else if (e.RowKey.StartsWith('r'))
            {
                replies++;
            }
        }
        return new NewsletterEngagement(read, helpful, replies);
    }

    public async Task<NewsletterReply> AddReplyAsync(NewsletterReply reply, string once, CancellationToken cancellationToken)
    {
        var partition = RepliesPartition(reply.Newsletter);
        var made = "~made|" + TableKey.Encode(once);
        if (await EarlierReplyAsync(reply.Newsletter, made, cancellationToken) is { } first)
        {
            return first;
        }
        var numbered = reply with { Number = await TableRows.NextNumberAsync(Table, partition, Counter, cancellationToken) };
        try
        {
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(numbered)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, made) { ["Number"] = numbered.Number }),
            ], cancellationToken);
            return numbered;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return await EarlierReplyAsync(reply.Newsletter, made, cancellationToken) ?? throw new InvalidOperationException("The reply vanished.", e);
        }
    }

    public async Task<NewsletterReply?> FindReplyAsync(int newsletter, int number, CancellationToken cancellationToken) =>
        (await ReadReplyAsync(newsletter, number, cancellationToken))?.Reply;

    public async Task<IReadOnlyList<NewsletterReply>> ListRepliesAsync(int newsletter, CancellationToken cancellationToken)
    {
        var replies = new List<NewsletterReply>();
        // Reply rows are "r" and a zero-padded number: between "r0" and "r:" (":" follows "9"), apart from the engagement rows.
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RepliesPartition(newsletter)} and RowKey ge {"r0"} and RowKey lt {"r:"}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            replies.Add(JsonSerializer.Deserialize<NewsletterReply>(e.GetString("Json"), Json)!);
        }
        return replies;
    }

    public Task<NewsletterReply?> UpdateReplyAsync(int newsletter, int number, Func<NewsletterReply, NewsletterReply?> change,
        CancellationToken cancellationToken) =>
        TableRows.UpdateAsync(Table, () => ReadReplyAsync(newsletter, number, cancellationToken), ToEntity, change, cancellationToken);

    private async Task<NewsletterReply?> EarlierReplyAsync(int newsletter, string made, CancellationToken cancellationToken)
    {
        var earlier = await Table.GetEntityIfExistsAsync<TableEntity>(RepliesPartition(newsletter), made, cancellationToken: cancellationToken);
        return earlier.HasValue && earlier.Value is { } done ? await FindReplyAsync(newsletter, done.GetInt32("Number") ?? 0, cancellationToken) : null;
    }

    private async Task<(Newsletter Newsletter, ETag ETag)?> ReadAsync(int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(Partition, Row(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (FromEntity(e), e.ETag) : null;
    }

    private async Task<(NewsletterReply Reply, ETag ETag)?> ReadReplyAsync(int newsletter, int number, CancellationToken cancellationToken)
    {
        var read = await Table.GetEntityIfExistsAsync<TableEntity>(RepliesPartition(newsletter), ReplyRow(number), cancellationToken: cancellationToken);
        return read.HasValue && read.Value is { } e ? (JsonSerializer.Deserialize<NewsletterReply>(e.GetString("Json"), Json)!, e.ETag) : null;
    }

    private static string Row(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static string RepliesPartition(int number) => "nl" + Row(number);

    private static string ReplyRow(int number) => "r" + Row(number);

    private static string EngagementRow(MemberId member, Engagement engagement) =>
        $"{engagement.ToString().ToLowerInvariant()}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(member.ToString())))[..24]}";

    private static TableEntity ToEntity(NewsletterReply r) => new(RepliesPartition(r.Newsletter), ReplyRow(r.Number))
    {
        ["Json"] = JsonSerializer.Serialize(r, Json),
    };

    private static TableEntity ToEntity(Newsletter n)
    {
        var entity = new TableEntity(Partition, Row(n.Number))
        {
            ["Json"] = JsonSerializer.Serialize(n with { Versions = new Dictionary<string, NewsletterVersion>() }, Json),
            ["Status"] = n.Status.ToString(),
        };
        foreach (var (language, version) in n.Versions)
        {
            entity["V_" + language] = JsonSerializer.Serialize(version, Json);
        }
        return entity;
    }

    private static Newsletter FromEntity(TableEntity e)
    {
        var versions = new Dictionary<string, NewsletterVersion>(StringComparer.Ordinal);
        foreach (var language in Newsletter.Languages)
        {
            if (e.GetString("V_" + language) is { } json && JsonSerializer.Deserialize<NewsletterVersion>(json, Json) is { } version)
            {
                versions[language] = version;
            }
        }
        return JsonSerializer.Deserialize<Newsletter>(e.GetString("Json"), Json)! with { Versions = versions };
    }
}
