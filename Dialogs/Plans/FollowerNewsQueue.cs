using System.Threading.Channels;

namespace CollabBot.Dialogs.Plans;

public sealed record PendingNews(Product Product, CatalogueChange Change);

/// <summary>
/// News waiting to be told to followers: the staff turn only queues it and answers at once; the host's worker
/// sends it through <see cref="FollowerNews"/> (and so through the notifier). In-process for now: the durable
/// broadcast engine will take this over.
/// </summary>
public sealed class FollowerNewsQueue
{
    private readonly Channel<PendingNews> channel = Channel.CreateUnbounded<PendingNews>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(PendingNews news) => channel.Writer.TryWrite(news);

    public IAsyncEnumerable<PendingNews> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);

    public bool TryDequeue(out PendingNews? news) => channel.Reader.TryRead(out news);
}
