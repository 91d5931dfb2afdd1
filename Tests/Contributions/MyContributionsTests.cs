using System.Text.RegularExpressions;
using CollabBot.Dialogs.Contributions;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Contributions.ContributionChat;
using static CollabBot.Tests.Questions.RoundTableChat;

namespace CollabBot.Tests.Contributions;

/// <summary>"my contributions": only the sender's own, from every channel, newest first, in their language.</summary>
public sealed partial class MyContributionsTests
{
    [GeneratedRegex(@"^\*\*([A-Z]\d+)\*\*", RegexOptions.Multiline)]
    private static partial Regex Code();

    private static List<string> Codes(string shown) => [.. Code().Matches(shown).Select(m => m.Groups[1].Value)];

    private static string T(string language, string key, params object[] args) => Texts.In<ContributionTexts>(language, key, args);

    [Fact]
    public async Task ChloeSeesOnlyHerOwnNewestFirstInFrench()
    {
        using var chat = await StartAsync();
        await chat.WalksAsync(Chloe, "contribuer avis", "PATENTSCOPE", "2", FeedbackAnswers[2], "3", "oui");
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.ContributesAsync(Ada, "magazine", MagazineAnswers("Ada's paper"));
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.WalksAsync(Chloe, ["contribuer magazine", .. MagazineAnswers("Le papier de Chloé")]);
        chat.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.ContributesAsync(Chloe, "inspire", InspireAnswers);
        await chat.DecidesAsync(Kim, "feedback", 1, "Answer", "Merci, nous corrigeons l'OCR.");
        await chat.DecidesAsync(Kim, "magazine", 2, "AskForChanges", "Un résumé plus court, s'il vous plaît.");

        var mine = Assert.Single(await chat.SaysAsync(Chloe, "mes contributions")).Shown();

        Assert.Equal(["I1", "M2", "F1"], Codes(mine));
        Assert.StartsWith(T("fr", "MyContributionsHeading"), mine, StringComparison.Ordinal);
        Assert.Contains($"**M2** · {T("fr", "MagazineName")} · Le papier de Chloé\n{T("fr", "StatusChangesRequested")} · 2026-11-25\nUn résumé plus court", mine,
            StringComparison.Ordinal);
        Assert.Contains($"**F1** · {T("fr", "FeedbackName")} · PATENTSCOPE\n{T("fr", "StatusAnswered")} · 2026-11-25\nMerci, nous corrigeons l'OCR.", mine,
            StringComparison.Ordinal);
        Assert.Contains($"**I1** · {T("fr", "InspireName")} · Lens.org\n{T("fr", "StatusReceived")}", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada's paper", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("M1", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdaSeesOnlyHersAndSomeoneWhoSentNothingIsToldHowToStart()
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "magazine", MagazineAnswers("Ada's paper"));
        await chat.ContributesAsync(Bob, "feedback", FeedbackAnswers);

        var ada = Assert.Single(await chat.SaysAsync(Ada, "my contributions")).Shown();
        var dieter = Assert.Single(await chat.SaysAsync(Dieter, "meine beitrage")).Shown();

        Assert.Equal(["M1"], Codes(ada));
        Assert.Contains(T("en", "StatusReceived"), ada, StringComparison.Ordinal);
        Assert.Empty(Codes(dieter));
        Assert.Contains(T("de", "MyContributionsEmpty"), dieter, StringComparison.Ordinal);
        Assert.StartsWith(T("de", "MyContributionsHeading"), dieter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkedFeedbackShowsThePlanItemItWasLinkedTo()
    {
        using var chat = await StartAsync();
        await chat.ContributesAsync(Ada, "feedback", FeedbackAnswers);
        await chat.DecidesAsync(Kim, "feedback", 1, "LinkToPlan", "We will tell you when it ships.",
            (Cards.Contributions.ContributionVerbs.PlanInput, "patentscope/ps-2027-cn-ocr"));

        var mine = Assert.Single(await chat.SaysAsync(Ada, "my contributions")).Shown();

        Assert.Contains($"{T("en", "StatusLinked")} · 2026-11-25\nImproved OCR for Chinese full texts\n\nWe will tell you when it ships.", mine, StringComparison.Ordinal);
    }
}
