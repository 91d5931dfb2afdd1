using CollabBot.Bot.Storage;

namespace CollabBot.Tests.Unit;

public sealed class TableKeyTests
{
    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000001")]
    [InlineData("msteams/conversations/a:1#x?y\\z/", "msteams~2Fconversations~2Fa:1~23x~3Fy~5Cz~2F")]
    [InlineData("tab\there", "tab~09here")]
    [InlineData("~", "~7E")]
    [InlineData("é", "~C3~A9")]
    public void EncodesForbiddenCharactersReadably(string value, string expected) =>
        Assert.Equal(expected, TableKey.Encode(value));

    [Fact]
    public void DistinctValuesGetDistinctKeys() =>
        Assert.NotEqual(TableKey.Encode("a/b"), TableKey.Encode("a~2Fb"));

    [Fact]
    public void LongValuesAreShortenedButStayDistinct()
    {
        var a = TableKey.Encode(new string('a', 2000) + "1");
        var b = TableKey.Encode(new string('a', 2000) + "2");

        Assert.True(a.Length <= 512);
        Assert.NotEqual(a, b);
    }
}
