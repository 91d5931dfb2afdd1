using CollabBot.Dialogs.Plans;

namespace CollabBot.Tests.Plans;

public sealed class CatalogueRulesTests
{
    private static readonly Product Patentscope = new("patentscope", "PATENTSCOPE", ["patenscope"]);

    [Theory]
    [InlineData("", new string[0], "needs a name")]
    [InlineData("Patent Search", new[] { "Patenscope" }, "already names PATENTSCOPE")]
    [InlineData("patent-scope", new string[0], "already names PATENTSCOPE")]
    [InlineData("WIPO Search", new[] { "news" }, "too common a word")]
    [InlineData("WIPO Search", new[] { "x" }, "too short")]
    public void RejectsAProductThatCollidesOrHasNoName(string name, string[] aliases, string problem)
    {
        Assert.Contains(problem, CatalogueRules.Check(new Product("new", name, aliases), [Patentscope]));
    }

    [Fact]
    public void AcceptsADistinctProductAndTheSameProductEdited()
    {
        Assert.Null(CatalogueRules.Check(new Product("wipo-ipas", "WIPO IPAS", ["IPAS"]), [Patentscope]));
        Assert.Null(CatalogueRules.Check(Patentscope with { Aliases = ["patenscope", "PS"] }, [Patentscope]));
    }

    [Fact]
    public void TheSampleCatalogueIsValidAndLabelledSample()
    {
        var sample = PlansChat.SampleCatalogue;

        Assert.True(sample.Products.Count >= 13);
        Assert.All(sample.Products, p => Assert.True(p.IsSample));
        Assert.Contains(sample.Products, p => p.Id == "patentscope");
    }

    [Fact]
    public void SlugsAreMadeFromTheName() => Assert.Equal("wipo-ip-portal", CatalogueRules.Slug("WIPO IP Portal!"));
}
