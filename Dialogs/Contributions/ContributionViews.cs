using System.Globalization;
using CollabBot.Cards.Contributions;
using CollabBot.Cards.Model;
using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions;

/// <summary>Contributions as staff (in English) and their senders (in their language) see them.</summary>
public sealed class ContributionViews(ContributionChannels channels, IStringLocalizer<ContributionTexts> texts)
{
    public static string StatusName(ContributionStatus status) => status switch
    {
        ContributionStatus.Received => "received, nobody took it yet",
        ContributionStatus.Taken => "taken",
        ContributionStatus.Answered => "answered",
        ContributionStatus.Linked => "linked to a plan item",
        ContributionStatus.Accepted => "accepted",
        ContributionStatus.ChangesRequested => "changes asked for",
        _ => "declined",
    };

    public static OutcomeChoice Choice(ContributionOutcome outcome) => outcome switch
    {
        ContributionOutcome.Answer => new("Answer", "Answer", "Your answer (the member reads it)", true, "Send the answer"),
        ContributionOutcome.LinkToPlan => new("LinkToPlan", "Link to a plan item", "A word for the member (optional)", false, "Link it"),
        ContributionOutcome.Accept => new("Accept", "Accept", "A word for the member (optional)", false, "Accept it"),
        ContributionOutcome.AskForChanges => new("AskForChanges", "Ask for changes", "The changes you ask for (the member reads them)", true, "Send the request"),
        _ => new("Decline", "Decline", "Why (the member reads it; optional)", false, "Decline it"),
    };

    public static ContributionStatus StatusAfter(ContributionOutcome outcome) => outcome switch
    {
        ContributionOutcome.Answer => ContributionStatus.Answered,
        ContributionOutcome.LinkToPlan => ContributionStatus.Linked,
        ContributionOutcome.Accept => ContributionStatus.Accepted,
        ContributionOutcome.AskForChanges => ContributionStatus.ChangesRequested,
        _ => ContributionStatus.Declined,
    };

    /// <summary>In the member's language.</summary>
    public string Status(ContributionStatus status) => texts[$"Status{status}"];

    public static string Title(ContributionChannel channel, Contribution c) =>
        (c[channel.TitleField] ?? "").Replace(AnswerParser.MultiSeparator.ToString(), ", ", StringComparison.Ordinal) is { Length: > 0 } title
            ? title.Length > 80 ? title[..80] + "…" : title
            : channel.EnglishName;

    public async Task<ContributionCardView?> CardAsync(Contribution c, CancellationToken cancellationToken)
    {
        if (channels.Find(c.Kind) is not { } channel)
        {
            return null;
        }
        var facts = new List<Fact>();
        var longTexts = new List<Fact>();
        foreach (var field in await channel.FieldsAsync(cancellationToken))
        {
            if (c[field.Id] is not { } value)
            {
                continue;
            }
            var shown = field.Type switch
            {
                FieldType.YesNo => value == "yes" ? "yes" : "no",
                FieldType.MultiChoice => value.Replace(AnswerParser.MultiSeparator.ToString(), ", ", StringComparison.Ordinal),
                _ => value,
            };
            (field.Type == FieldType.LongText ? longTexts : facts).Add(new Fact(field.Label, shown));
        }
        facts.Add(new Fact("From", c.SenderGroup is { } group ? $"{c.SenderName} ({group})" : c.SenderName));
        facts.Add(new Fact("Sent", c.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        if (c.TakenByName is { } taker)
        {
            facts.Add(new Fact("Taken by", taker));
        }
        if (c.Plan is { } plan)
        {
            facts.Add(new Fact("Plan item", plan.Title));
        }
        if (c.Reply is { Length: > 0 } reply)
        {
            longTexts.Add(new Fact($"WIPO's reply ({c.DecidedByName})", reply));
        }
        var history = c.History.Select(h => $"{h.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC {h.By}: {h.What}").ToList();
        var plans = channel.Outcomes.Contains(ContributionOutcome.LinkToPlan) && c.IsOpen ? await channel.PlanChoicesAsync(c, cancellationToken) : [];
        return new ContributionCardView(c.Kind, c.Number, c.Code, $"{c.Code}: {channel.EnglishName} · {Title(channel, c)}", StatusName(c.Status), facts,
            longTexts, history, [.. channel.Outcomes.Select(Choice)], plans, c.IsOpen, c.Status != ContributionStatus.Received);
    }
}
