using System.Globalization;
using CollabBot.Cards.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Questions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Contributions;

/// <summary>Reads the contribution a payload names ("{kind}|{number}|...").</summary>
public abstract class ContributionContent(IContributionStore store) : IDeliveryContent
{
    public abstract string Kind { get; }

    public async Task<Reply?> BuildAsync(DeliveryRecipient recipient, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split('|');
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.FindAsync(parts[0], number, cancellationToken) is not { } c)
        {
            return null;
        }
        return await BuildAsync(recipient, c, parts.Length > 2 ? parts[2] : null, cancellationToken);
    }

    protected abstract Task<Reply?> BuildAsync(DeliveryRecipient recipient, Contribution c, string? detail, CancellationToken cancellationToken);
}

/// <summary>A contribution's card in the staff channel, as it is when sent; an update overtaken by a later one sends nothing.</summary>
public sealed class ContributionCardContent(IContributionStore store, ContributionViews views) : ContributionContent(store)
{
    public const string ContentKind = "contribution.card";

    public override string Kind => ContentKind;

    protected override async Task<Reply?> BuildAsync(DeliveryRecipient recipient, Contribution c, string? detail, CancellationToken cancellationToken) =>
        (detail is null || detail == $"v{c.Version.ToString(CultureInfo.InvariantCulture)}") && await views.CardAsync(c, cancellationToken) is { } view
            ? new CardReply(ContributionCard.Build(view))
            : null;
}

/// <summary>What the sender is told of a decision (or of the release of the plan item their feedback was linked to), in their language.</summary>
public sealed class ContributionMovedContent(IContributionStore store, ContributionChannels channels, ContributionViews views,
    IStringLocalizer<ContributionTexts> texts) : ContributionContent(store)
{
    public const string ContentKind = "contribution.moved";
    public const string Released = "released";

    public override string Kind => ContentKind;

    protected override Task<Reply?> BuildAsync(DeliveryRecipient recipient, Contribution c, string? detail, CancellationToken cancellationToken)
    {
        // A decision overtaken by a later one before it went out (changes asked for, then accepted): it is read from the
        // contribution as it is now, so only the later one tells where it stands.
        if (channels.Find(c.Kind) is not { } channel || !c.IsDecided
            || (detail is not null && detail != Released && detail != $"v{c.Version.ToString(CultureInfo.InvariantCulture)}"))
        {
            return Task.FromResult<Reply?>(null);
        }
        var title = ContributionViews.Title(channel, c);
        var (text, reply) = detail == Released
            ? (c.Plan is { } released ? texts["MovedReleased", c.Code, released.Title] : null, (string?)null)
            : (c.Status == ContributionStatus.Linked && c.Plan is { } plan
                ? texts["MovedLinked", c.Code, plan.Title]
                : texts[$"Moved{c.Status}", channel.Name, c.Code, title], c.Reply);
        if (text is null)
        {
            return Task.FromResult<Reply?>(null);
        }
        return Task.FromResult<Reply?>(new CardReply(ContributionMovedCard.Build($"{c.Code}: {views.Status(c.Status)}", text, reply,
            texts["MyContributionsTitle"], MyContributionsCommand.Name)));
    }
}

/// <summary>In the card's thread: the staff on duty, mentioned, are asked to take a contribution nobody took (staff read English).</summary>
public sealed class ContributionPingContent(IContributionStore store, ContributionChannels channels, IMemberStore members, IOptions<QuestionOptions> options,
    TimeProvider clock) : ContributionContent(store)
{
    public const string ContentKind = "contribution.ping";

    public override string Kind => ContentKind;

    protected override async Task<Reply?> BuildAsync(DeliveryRecipient recipient, Contribution c, string? detail, CancellationToken cancellationToken)
    {
        if (c.Status != ContributionStatus.Received || channels.Find(c.Kind) is not { } channel)
        {
            return null;
        }
        var onDuty = options.Value.OnDuty.Count == 0 ? [] : await members.FindByObjectIdsAsync(options.Value.OnDuty, cancellationToken);
        var mentions = onDuty.Where(m => m.Name.Length > 0).Select(m => new Mentioned(m.Id.ObjectId, m.Name)).ToList();
        var who = mentions.Count == 0 ? "Staff on duty" : string.Join(" ", mentions.Select(m => $"<at>{m.Name}</at>"));
        return new TextReply($"{who}: {c.Code} ({channel.EnglishName}: {ContributionViews.Title(channel, c)}) has waited "
            + $"{WaitingQuestionContent.AgeOf(c.Created, clock.GetUtcNow())} for someone to take it.")
        { Mentions = mentions };
    }
}
