using CollabBot.Cards.Model;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Help;
using CollabBot.Dialogs.Localization;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Localization;

/// <summary>The welcome offers what the person's role may do, from the command table, and nothing that does not exist.</summary>
public sealed class WelcomeTests : IDisposable
{
    private readonly ChatHarness harness = new();

    private static readonly string[] MemberTitles = ["My profile", "What's new", "Product plans", "My subscriptions", "My surveys", "Ask a question", "My questions", "Round Table Q&A", "Nominate", "My nominations", "Give feedback or a proposal", "My contributions", "Newsletters", "My preferences"];

    private static readonly string[] StaffTitles = ["User groups to confirm", "Manage product plans", "Surveys", "Import a survey", "Create a survey", "Round Table meetings",
        "Staff channel for questions", "Open questions", "Briefing pack", "Minutes", "Nominations", "Experts", "Inbox", "New newsletter", "New consultation",
        "Consultations"];

    [Fact]
    public void AMemberIsOfferedExactlyTheMemberCommands()
    {
        var member = TestMembers.Member();
        var card = Welcome(member);

        Assert.Equal(MemberTitles, Bullets(card));
        Assert.Equal(TitlesAvailableTo(member), Bullets(card));
        Assert.Equal(MemberTitles.Take(4), card.Actions!.Select(a => a.Title));
        Assert.DoesNotContain("For WIPO staff", card.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void StaffAreAlsoOfferedTheStaffCommands()
    {
        var staff = TestMembers.Staff();
        var text = Welcome(staff).AllText();

        Assert.Equal([.. MemberTitles, .. StaffTitles], Bullets(Welcome(staff)));
        Assert.Equal(TitlesAvailableTo(staff), Bullets(Welcome(staff)));
        Assert.True(text.IndexOf("For WIPO staff", StringComparison.Ordinal) < text.IndexOf("User groups to confirm", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("broadcast")]
    [InlineData("triage")]
    public void NothingThatDoesNotExistIsPromised(string promise)
    {
        var text = Welcome(TestMembers.Staff()).AllText();

        Assert.DoesNotContain(promise, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheWelcomeGreetsInTheMembersLanguage()
    {
        var card = Welcome(TestMembers.Member() with { Locale = "es-AR", Name = "Ana García" });

        var text = card.AllText();
        Assert.Contains("Le damos la bienvenida a CollabBot", text, StringComparison.Ordinal);
        Assert.Contains("¡Hola, Ana!", text, StringComparison.Ordinal);
        Assert.Contains("**Mis encuestas**", text, StringComparison.Ordinal);
    }

    private AdaptiveCard Welcome(Member member)
    {
        using (MemberCulture.Use(member.Locale))
        {
            return harness.Get<HelpCommand>().Welcome(member);
        }
    }

    private string[] TitlesAvailableTo(Member member)
    {
        using (MemberCulture.Use(member.Locale))
        {
            return [.. harness.Get<CommandTable>().AvailableTo(member).OrderBy(c => c.Required).Select(c => c.Help!.Title)];
        }
    }

    // "- **My profile** — your user group..." for each command, in the member and staff sections.
    private static string[] Bullets(AdaptiveCard card) =>
        [.. card.Body.OfType<TextBlock>().SelectMany(t => t.Text.Split('\n')).Where(line => line.StartsWith("- **", StringComparison.Ordinal))
            .Select(line => line[4..line.IndexOf("**", 4, StringComparison.Ordinal)])];

    public void Dispose() => harness.Dispose();
}
