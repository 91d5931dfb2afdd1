using CollabBot.Dialogs.Conversation;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Unit;

public sealed class CommandTableTests : IDisposable
{
    private readonly ChatHarness harness = new();

    [Theory]
    [InlineData("help", "help")]
    [InlineData("  HELP!! ", "help")]
    [InlineData("Aide", "help")]
    [InlineData("hilfe", "help")]
    [InlineData("my profile", "profile")]
    [InlineData("Mon profil", "profile")]
    [InlineData("pending groups", "groups.pending")]
    [InlineData("my preferences", "preferences")]
    [InlineData("Mes préférences", "preferences")]
    [InlineData("préférences", "preferences")]
    [InlineData("mis preferencias", "preferences")]
    [InlineData("Meine Einstellungen", "preferences")]
    [InlineData("einstellungen", "preferences")]
    public void MatchesEveryPhrasingAfterNormalisation(string typed, string command)
    {
        var match = harness.Get<CommandTable>().Match(typed);

        Assert.Equal(command, match?.Command.Info.Name);
    }

    [Theory]
    [InlineData("help me with PATENTSCOPE")]
    [InlineData("profiles")]
    [InlineData("")]
    public void DoesNotMatchTextThatOnlyStartsLikeACommand(string typed) =>
        Assert.Null(harness.Get<CommandTable>().Match(typed));

    [Fact]
    public void MembersSeeNoStaffCommands()
    {
        var table = harness.Get<CommandTable>();

        Assert.DoesNotContain(table.AvailableTo(TestMembers.Member()), c => c.Required == Role.Staff);
        Assert.Contains(table.AvailableTo(TestMembers.Staff()), c => c.Required == Role.Staff);
    }

    [Theory]
    [InlineData("What's  new?", "whats new")]
    [InlineData("Qué hay de NUEVO", "que hay de nuevo")]
    [InlineData("quoi de neuf pour PATENTSCOPE ?", "quoi de neuf pour patentscope")]
    [InlineData("<b>", "b")]
    public void NormalisesCaseAccentsAndPunctuation(string text, string expected) =>
        Assert.Equal(expected, Phrase.Normalize(text));

    public void Dispose() => harness.Dispose();
}
