using System.Globalization;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Contributions;

/// <summary>
/// A contribution nobody took is pinged as an unanswered question is (decision 0011): in its card's thread, mentioning
/// the staff on duty (or in their own chats while the card is not out), every <see cref="QuestionOptions.TakeWithin"/> of
/// working time until someone takes it. Each round is a due item and each ping a broadcast whose ids name the round.
/// </summary>
public sealed class ContributionPings(IContributionStore store, IDeliveries deliveries, IMemberStore members, IOptions<QuestionOptions> options,
    IQuestionStore questions, TimeProvider clock) : IDueHandler
{
    public const string Kind = "contribution.ping";

    string IDueHandler.Kind => Kind;

    private QuestionOptions Options => options.Value;

    public Task ScheduleAsync(Contribution c, CancellationToken cancellationToken) =>
        c.Status == ContributionStatus.Received
            ? deliveries.ScheduleAsync(Round(c, 0, WorkingTime.After(c.Created, Options.TakeWithin, Options)), cancellationToken)
            : Task.CompletedTask;

    public async Task RunAsync(string payload, CancellationToken cancellationToken)
    {
        if (payload.Split('|') is not [var kind, var n, var r] || !int.TryParse(n, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(r, CultureInfo.InvariantCulture, out var round)
            || await store.FindAsync(kind, number, cancellationToken) is not { Status: ContributionStatus.Received } c)
        {
            return;
        }
        var now = clock.GetUtcNow();
        if (WorkingTime.NextFrom(now, Options) is var working && working > now)
        {
            await deliveries.ScheduleAsync(Round(c, round, working) with { Id = $"{RoundId(c, round)}:{working.UtcTicks}" }, cancellationToken);
            return;
        }
        var sent = await PingAsync(c, round, cancellationToken);
        var next = WorkingTime.After(now, Options.TakeWithin, Options);
        await deliveries.ScheduleAsync(sent ? Round(c, round + 1, next) : Round(c, round, next) with { Id = $"{RoundId(c, round)}:{next.UtcTicks}" },
            cancellationToken);
    }

    private async Task<bool> PingAsync(Contribution c, int round, CancellationToken cancellationToken)
    {
        var thread = await questions.FindStaffChannelAsync(cancellationToken) is { } channel
            ? await deliveries.ThreadAsync(ContributionFlow.CardOf(channel, c.Kind, c.Number), QuestionTickets.ChannelKey, cancellationToken)
            : null;
        var payload = $"{ContributionFlow.Payload(c)}|{round.ToString(CultureInfo.InvariantCulture)}";
        if (thread is not null)
        {
            await deliveries.BroadcastAsync(new BroadcastRequest($"{RoundId(c, round)}:ping", Audience.To(thread), ContributionPingContent.ContentKind, payload,
                DeliveryPriority.Urgent, $"Ping for {c.Code}"), cancellationToken);
            return true;
        }
        var onDuty = Options.OnDuty.Count == 0 ? [] : await members.FindByObjectIdsAsync(Options.OnDuty, cancellationToken);
        if (onDuty.Count == 0)
        {
            return false;
        }
        await deliveries.BroadcastAsync(new BroadcastRequest($"{RoundId(c, round)}:ping", Audience.Only([.. onDuty.Select(m => m.Id)]),
            ContributionPingContent.ContentKind, payload, DeliveryPriority.Urgent, $"Ping for {c.Code}"), cancellationToken);
        return true;
    }

    private static DueItem Round(Contribution c, int round, DateTimeOffset at) =>
        new(RoundId(c, round), at, Kind, $"{ContributionFlow.Payload(c)}|{round.ToString(CultureInfo.InvariantCulture)}");

    private static string RoundId(Contribution c, int round) =>
        $"cping:{c.Kind}:{c.Number.ToString(CultureInfo.InvariantCulture)}:{round.ToString(CultureInfo.InvariantCulture)}";
}
