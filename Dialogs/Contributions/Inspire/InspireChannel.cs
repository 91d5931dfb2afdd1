using CollabBot.Dialogs.Forms;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Contributions.Inspire;

/// <summary>WIPO Inspire: a proposal for a report on a patent database and its features.</summary>
public sealed class InspireChannel(IStringLocalizer<ContributionTexts> texts) : ContributionChannel(texts)
{
    public override string Kind => "inspire";

    public override string Prefix => "I";

    public override string EnglishName => "WIPO Inspire report";

    public override string TitleField => "database";

    public override IReadOnlyList<ContributionOutcome> Outcomes { get; } = [ContributionOutcome.Accept, ContributionOutcome.Decline];

    public override IReadOnlyList<string> Words { get; } = ["inspire", "wipo inspire", "report", "rapport", "informe", "bericht"];

    public override Task<IReadOnlyList<ChannelField>> FieldsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ChannelField>>(
    [
        new("database", "Database", FieldType.ShortText) { MaxLength = 200 },
        new("coverage", "Coverage", FieldType.LongText) { MaxLength = 1000 },
        new("why", "Why it matters", FieldType.LongText) { MaxLength = 2000 },
        new("reviewer", "Volunteers to review it", FieldType.YesNo),
    ]);
}
