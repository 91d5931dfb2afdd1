using System.Globalization;
using CollabBot.Cards.Model;

namespace CollabBot.Cards.Consultations;

public enum ConsultationCardState
{
    /// <summary>The group has not answered and the deadline has not passed: the answer box.</summary>
    Open,
    /// <summary>The group answered (this representative or another): who, when, and the answer.</summary>
    Answered,
    /// <summary>The deadline passed without the group's answer.</summary>
    Closed,
}

/// <param name="Deadline">The deadline as the reader reads dates ("1 December 2026, 17:00 UTC").</param>
/// <param name="AnsweredLine">For <see cref="ConsultationCardState.Answered"/>: who answered for the group, and when.</param>
public sealed record ConsultationView(int Number, string Title, string Text, string Deadline, string Group, ConsultationCardState State,
    string? AnsweredLine = null, string? Answer = null);

/// <summary>The representative's card's fixed texts, in their language; <paramref name="AnswerLabel"/> names the group.</summary>
public sealed record ConsultationLabels(string Intro, string Deadline, string Group, string AnswerLabel, string Placeholder, string Send, string Required,
    string Closed);

/// <summary>
/// A consultation as a user group's representative gets it, in their language: the initiative, the deadline, and the answer
/// box "on behalf of" their group; once the group answered, that answer instead; after the deadline, that it is closed.
/// </summary>
public static class ConsultationCard
{
    public static AdaptiveCard Build(ConsultationView view, ConsultationLabels labels)
    {
        var body = new List<CardElement>
        {
            TextBlock.Heading(view.Title),
            new TextBlock(labels.Intro) { IsSubtle = true, Spacing = Spacing.None },
            new Container([new TextBlock(view.Text)]) { Style = ContainerStyle.Emphasis },
            new FactSet([new Fact(labels.Deadline, view.Deadline), new Fact(labels.Group, view.Group)]),
        };
        switch (view.State)
        {
            case ConsultationCardState.Answered:
                body.Add(new TextBlock(view.AnsweredLine ?? "") { Separator = true });
                body.Add(new Container([new TextBlock(view.Answer ?? "")]) { Style = ContainerStyle.Good });
                return new AdaptiveCard(body) { FallbackText = view.Title };
            case ConsultationCardState.Closed:
                body.Add(new TextBlock(labels.Closed) { Color = TextColor.Attention, Separator = true });
                return new AdaptiveCard(body) { FallbackText = view.Title };
            default:
                body.Add(new TextInput
                {
                    Id = ConsultationVerbs.AnswerInput,
                    Label = labels.AnswerLabel,
                    Placeholder = labels.Placeholder,
                    IsMultiline = true,
                    MaxLength = ComposeConsultationCard.MaxText,
                    IsRequired = true,
                    ErrorMessage = labels.Required,
                    Separator = true,
                });
                return new AdaptiveCard(body,
                    [CardVerb.Button(labels.Send, ConsultationVerbs.Answer, (ConsultationVerbs.NumberKey, view.Number.ToString(CultureInfo.InvariantCulture)))
                        with { Style = ActionStyle.Positive }])
                { FallbackText = view.Title };
        }
    }
}
