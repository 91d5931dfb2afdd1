using CollabBot.Cards.Model;

namespace CollabBot.Cards.Questions;

/// <summary>One question as the minutes give it to members: no asker.</summary>
/// <param name="Outcome">"Answered in the meeting", "Follow-up due by 15 January 2027".</param>
public sealed record MinutesEntry(string Id, string Text, string Outcome, string? Answer, string? Note);

/// <param name="More">Said under the card when some questions could not be shown on it.</param>
public sealed record MinutesView(string Heading, string Intro, IReadOnlyList<MinutesEntry> Entries, string Empty, string AnswerLabel, string? More);

/// <summary>The minutes of a Round Table meeting, sent to every member in their language.</summary>
public static class MinutesCard
{
    public const int MaxShown = 25;

    public static AdaptiveCard Build(MinutesView view)
    {
        var body = new List<CardElement> { TextBlock.Heading(view.Heading), new TextBlock(view.Intro) { IsSubtle = true } };
        if (view.Entries.Count == 0)
        {
            body.Add(new TextBlock(view.Empty));
        }
        foreach (var entry in view.Entries.Take(MaxShown))
        {
            var items = new List<CardElement>
            {
                new TextBlock($"**{entry.Id}** · {entry.Outcome}") { Size = TextSize.Small },
                new TextBlock(entry.Text.Length > 300 ? entry.Text[..300] + "…" : entry.Text) { Spacing = Spacing.None },
            };
            if (entry.Answer is { } answer)
            {
                items.Add(new TextBlock($"**{view.AnswerLabel}:** {answer}"));
            }
            if (entry.Note is { } note)
            {
                items.Add(new TextBlock(note) { IsSubtle = true });
            }
            body.Add(new Container(items) { Separator = true });
        }
        if (view.Entries.Count > MaxShown && view.More is { } more)
        {
            body.Add(new TextBlock(more) { IsSubtle = true, Separator = true });
        }
        return new AdaptiveCard(body) { FallbackText = view.Heading };
    }
}
