using CollabBot.Bot.Surveys;
using CollabBot.Dialogs.Contributions;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Support;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace CollabBot.Tests.Surveys;

/// <summary>Exports and user groups: a named survey has a group column; an anonymous one a summary by group under the threshold rule, never a group per row.</summary>
public sealed class GroupExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly SurveyGroups Groups = new(Options.Create(new CollabOptions()), Options.Create(new ContributionOptions()));

    private static async Task<(SurveyExports Exports, Survey Survey)> SurveyAsync(bool anonymous, params (string Key, string? Group, string Product)[] responses)
    {
        var store = new InMemorySurveyStore();
        var members = new FakeMemberStore();
        var survey = new Survey("exp", "Export", "",
            [new FormField("product", "Which product?", FieldType.SingleChoice) { Choices = ["PATENTSCOPE", "WIPO Lex"] }, new FormField("wish", "Wish?", FieldType.ShortText, false)],
            anonymous, [], null, "sam", Now)
        { Status = SurveyStatus.Open };
        await store.SaveAsync(survey, default);
        foreach (var (key, group, product) in responses)
        {
            var who = new MemberId("t1", key);
            members.Add(new Dialogs.Conversation.Member(who, "Member " + key, Role.Member, "en-US", group));
            await store.SaveAnswersAsync(survey, key, anonymous ? null : who, group, new Dictionary<string, string> { ["product"] = product, ["wish"] = "wish " + key }, true, Now, default);
        }
        await store.FlushAnonymousAsync(survey.Id, 1, default);
        return (new SurveyExports(store, members, Groups, Options.Create(new SurveyOptions())), survey);
    }

    [Fact]
    public async Task ANamedSurveysRowsCarryTheirRespondentsGroup()
    {
        var (exports, survey) = await SurveyAsync(false, ("ada", "PIUG", "PATENTSCOPE"), ("bob", null, "WIPO Lex"));

        var (rows, byGroup) = await exports.TablesAsync(survey, default);

        Assert.Equal(["Respondent", "Status", "Member id", "Last change (UTC)", "User group", "1. Which product?", "2. Wish?"], rows[0]);
        Assert.Equal(["PIUG", ""], rows.Skip(1).OrderBy(r => r[2]).Select(r => r[4]));
        Assert.Null(byGroup);
    }

    [Fact]
    public async Task AnAnonymousSurveyHasASummaryByGroupThatObeysTheThresholdAndNoGroupPerRow()
    {
        (string, string?, string)[] responses = [.. Enumerable.Range(1, 5).Select(i => ($"a:pdg{i}", (string?)"PDG", "PATENTSCOPE")),
            .. Enumerable.Range(1, 4).Select(i => ($"a:piug{i}", (string?)"PIUG", "WIPO Lex")), .. Enumerable.Range(1, 2).Select(i => ($"a:x{i}", (string?)null, "WIPO Lex"))];
        var (exports, survey) = await SurveyAsync(true, responses);

        var (rows, byGroup) = await exports.TablesAsync(survey, default);

        Assert.Equal(["Respondent", "Status", "1. Which product?", "2. Wish?"], rows[0]);
        Assert.DoesNotContain(rows, r => r.Contains("PDG") || r.Contains("PIUG"));
        Assert.Equal(["Question", "Answer", "PDG (5 respondents)", "Other groups: PIUG, No confirmed group (6 respondents)"], byGroup![0]);
        Assert.Contains(["1. Which product?", "PATENTSCOPE", "5", "0"], byGroup);
        Assert.Contains(["1. Which product?", "WIPO Lex", "0", "6"], byGroup);
        Assert.Contains(["Not shown", "PIUG: fewer than 5 respondents, not shown on its own (counted in \"Other groups\")."], byGroup);
        Assert.DoesNotContain(byGroup, r => r.Any(c => c.StartsWith("wish", StringComparison.Ordinal)));

        var workbook = (await exports.BuildAsync(survey.Id, ExportFormat.Xlsx, default))!.File;
        using var stream = new MemoryStream(workbook.Content);
        Assert.Equal(["Responses", SurveyExports.ByGroupSheet], stream.GetSheetNames());
        var sheet = stream.Query(useHeaderRow: true, sheetName: SurveyExports.ByGroupSheet).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(sheet, r => (string)r["Answer"] == "PATENTSCOPE" && (string)r["PDG (5 respondents)"] == "5");
        var csv = System.Text.Encoding.UTF8.GetString((await exports.BuildAsync(survey.Id, ExportFormat.Csv, default))!.File.Content);
        Assert.Contains("\r\n\r\nBy group\r\nQuestion,Answer,PDG (5 respondents),\"Other groups: PIUG, No confirmed group (6 respondents)\"\r\n", csv, StringComparison.Ordinal);
    }
}
