namespace CollabBot.Tests.Localization;

/// <summary>
/// Every text of every neutral .resx in the solution is translated into French, Spanish and German: present, not
/// empty, with the same placeholders and bold markers as the English, and no translation of a text that is gone.
/// </summary>
public sealed class TranslationTests
{
    [Fact]
    public void TheSolutionHasItsTextsInResources()
    {
        var names = ResourceFile.Neutral().Select(r => r.Name).ToList();

        Assert.Contains("Dialogs/Forms/FormTexts.resx", names);
        Assert.True(names.Count >= 6, string.Join(", ", names));
    }

    [Fact]
    public void EveryTextIsTranslatedIntoEveryLanguage()
    {
        var problems = new List<string>();
        foreach (var neutral in ResourceFile.Neutral())
        {
            foreach (var language in ResourceFile.Translations)
            {
                if (neutral.In(language) is not { } translation)
                {
                    problems.Add($"{neutral.Name}: no .{language}.resx beside it");
                    continue;
                }
                foreach (var (key, english) in neutral.Texts)
                {
                    problems.AddRange(Compare($"{translation.Name}, {key}", english, translation.Texts.GetValueOrDefault(key)));
                }
                problems.AddRange(translation.Texts.Keys.Except(neutral.Texts.Keys).Select(key => $"{translation.Name}, {key}: not in the English"));
            }
        }
        Assert.True(problems.Count == 0, "Translation problems:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Done: {0}.", "Fait : {0}.", true)]
    [InlineData("{0} of {1:N0}", "{1:N0} sur {0}", true)]
    [InlineData("Done: {0}.", "Fait.", false)]
    [InlineData("{0:N0} characters", "{0} caractères", false)]
    [InlineData("**{0}** is new", "{0} est nouveau", false)]
    [InlineData("Hello", "", false)]
    [InlineData("Hello", null, false)]
    public void ACheckedTranslationKeepsPlaceholdersAndBold(string english, string? translation, bool accepted) =>
        Assert.Equal(accepted, !Compare("text", english, translation).Any());

    private static IEnumerable<string> Compare(string where, string english, string? translation)
    {
        if (string.IsNullOrWhiteSpace(translation))
        {
            yield return $"{where}: missing or empty";
            yield break;
        }
        var expected = ResourceFile.Placeholders(english);
        var found = ResourceFile.Placeholders(translation);
        if (!expected.SequenceEqual(found))
        {
            yield return $"{where}: placeholders {string.Join(" ", found)} instead of {string.Join(" ", expected)}";
        }
        if (ResourceFile.BoldMarkers(english) != ResourceFile.BoldMarkers(translation))
        {
            yield return $"{where}: {ResourceFile.BoldMarkers(translation)} bold markers instead of {ResourceFile.BoldMarkers(english)}";
        }
    }
}
