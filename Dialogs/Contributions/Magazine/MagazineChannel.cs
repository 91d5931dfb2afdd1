using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions.Magazine;

/// <summary>WIPO Magazine: a proposal for a paper; staff accept it, ask for changes or decline it.</summary>
public sealed class MagazineChannel(IStringLocalizer<ContributionTexts> texts) : ContributionChannel(texts)
{
    public override string Kind => "magazine";

    public override string Prefix => "M";

    public override string EnglishName => "WIPO Magazine paper";

    public override string TitleField => "title";

    public override IReadOnlyList<ContributionOutcome> Outcomes { get; } =
        [ContributionOutcome.Accept, ContributionOutcome.AskForChanges, ContributionOutcome.Decline];

    public override IReadOnlyList<string> Words { get; } = ["magazine", "wipo magazine", "paper", "article", "articulo", "artikel", "revista"];

    public override Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChannelField>>(
    [
        new("title", "Title", FieldType.ShortText) { MaxLength = 200 },
        new("abstract", "Abstract", FieldType.LongText) { MaxLength = 3000 },
        new("authors", "Authors", FieldType.ShortText) { MaxLength = 500 },
        new("language", "Language", FieldType.SingleChoice) { English = ["English", "French", "Spanish", "German", "Another language"] },
    ]);
}
