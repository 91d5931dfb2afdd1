using CollabBot.Cards.Forms;
using CollabBot.Cards.Surveys;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Forms;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;
using static CollabBot.Tests.Surveys.KnownPeople;

namespace CollabBot.Tests.Surveys;

/// <summary>Who a survey is for: all members, user groups, followers of products, or members named; invited and let answer alike.</summary>
public sealed class SurveyAudienceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);


    private static readonly SurveyImportContext Context = new(["CEPIUG", "PDG", "PIUG"])
    {
        Products = [new SurveyProduct("patentscope", "PATENTSCOPE"), new SurveyProduct("wipo-lex", "WIPO Lex")],
        Members = new Dictionary<string, MemberId>(StringComparer.OrdinalIgnoreCase) { ["ada@example.org"] = Ada.Id, ["bob@example.org"] = Bob.Id },
    };

    private static string Definition(string id, string audience) =>
        $"{{\"id\": \"{id}\", \"title\": \"Product use\",\n \"audience\": {audience},\n \"questions\": [{{\"id\": \"often\", \"text\": \"How often?\", \"type\": \"rating\"}}]}}";

    private static Survey Parsed(string audience)
    {
        var (survey, problems) = SurveyImport.Parse(Definition("aud-test", audience), "sam", Now, Context);
        Assert.Empty(problems);
        return survey!;
    }

    [Theory]
    [InlineData("[\"PDG\", \"cepiug\"]", "PDG, CEPIUG")]
    [InlineData("\"all\"", "all members")]
    [InlineData("null", "all members")]
    [InlineData("{\"groups\": [\"pdg\"]}", "PDG")]
    public void GroupsAreWrittenAsBeforeOrAsAnObject(string audience, string said)
    {
        var survey = Parsed(audience);

        Assert.Equal(SurveyAudienceKind.Groups, survey.AudienceKind);
        Assert.Equal(said, survey.AudienceText);
        Assert.Empty(survey.Products);
        Assert.Empty(survey.Members);
    }

    [Fact]
    public void FollowersAreNamedByProductIdOrName()
    {
        var survey = Parsed("{\"followers\": [\"patentscope\", \"WIPO Lex\", \"PATENTSCOPE\"]}");

        Assert.Equal(SurveyAudienceKind.Followers, survey.AudienceKind);
        Assert.Equal(["patentscope", "wipo-lex"], survey.Products.Select(p => p.Id));
        Assert.Equal("followers of PATENTSCOPE, WIPO Lex", survey.AudienceText);
        Assert.Empty(survey.Audience);
    }

    [Fact]
    public void MembersAreNamedByEmailAndKeptWithTheirIds()
    {
        var survey = Parsed("{\"members\": [\"ada@example.org\", \"BOB@example.org\", \"Ada@Example.org\"]}");

        Assert.Equal(SurveyAudienceKind.Members, survey.AudienceKind);
        Assert.Equal([("ada@example.org", Ada.Id), ("BOB@example.org", Bob.Id)], survey.Members.Select(m => (m.Name, m.Id)));
        Assert.Equal("2 named members", survey.AudienceText);
    }

    [Theory]
    [InlineData("{\"followers\": [\"patentscope\",\n \"patentscop\"]}",
        "Line 3, audience.followers[1]: \"patentscop\" is not a product of the plans catalogue; choose from patentscope, wipo-lex.")]
    [InlineData("{\"members\": [\"ada@example.org\", \"nobody@example.org\"]}",
        "Line 2, audience.members[1]: \"nobody@example.org\" is not a member I know: name members by the e-mail address or sign-in name")]
    [InlineData("{\"members\": [42]}", "Line 2, audience.members[0]: must be a member's e-mail address in quotes, not 42.")]
    [InlineData("{\"followers\": [\"patentscope\"], \"groups\": [\"PDG\"]}",
        "Line 2, audience: names groups and followers: a survey goes to one kind of audience; keep one of them.")]
    [InlineData("{\"followers\": []}", "Line 2, audience.followers: must list one or more product ids of the plans catalogue")]
    [InlineData("{\"members\": \"ada@example.org\"}", "Line 2, audience.members: must list one or more members by e-mail address")]
    [InlineData("{\"groups\": []}", "Line 2, audience.groups: must list one or more user groups")]
    [InlineData("{}", "Line 2, audience: must say whom")]
    [InlineData("{\"follower\": [\"patentscope\"]}", "Line 2, audience.follower: is not a field of an audience; the fields are groups, followers, members.")]
    [InlineData("\"patentscope\"", "Line 2, audience: must be \"all\", a list of user groups")]
    [InlineData("{\"groups\": [\"NOPE\"]}", "Line 2, audience.groups[0]: \"NOPE\" is not a user group; choose from CEPIUG, PDG, PIUG.")]
    public void AnAudienceMistakeIsListedWithItsLine(string audience, string expected)
    {
        var (survey, problems) = SurveyImport.Parse(Definition("aud-test", audience), "sam", Now, Context);

        Assert.Null(survey);
        Assert.Contains(problems, p => p.ToString().StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void AMemberNameTooLongForAnAddressIsNotLookedUp()
    {
        var name = "a@" + new string('b', 294) + ".org";
        var json = Definition("aud-test", $"{{\"members\": [\"{name}\"]}}");

        Assert.Empty(SurveyImport.Peek(json).MemberNames);
        Assert.Equal("Line 2, audience.members[0]: is 300 characters long: that is no e-mail address (at most 256).",
            Assert.Single(SurveyImport.Parse(json, "sam", Now, Context).Problems).ToString());
    }

    [Fact]
    public void ACatalogueWithoutProductsSaysSo()
    {
        var (_, problems) = SurveyImport.Parse(Definition("aud-test", "{\"followers\": [\"patentscope\"]}"), "sam", Now, ["PDG"]);

        Assert.Equal("Line 2, audience.followers[0]: \"patentscope\" is not a product of the plans catalogue, which has none yet.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void TheMemberNamesAreReadBeforeTheDefinitionIsParsed()
    {
        var (id, names) = SurveyImport.Peek(Definition("aud-test", "{\"members\": [\"ada@example.org\", \" x \", 3, \"ADA@example.org\"]}"));

        Assert.Equal("aud-test", id);
        Assert.Equal(["ada@example.org", "x"], names);
        Assert.Null(SurveyImport.Peek("not json").Id);
        Assert.Empty(SurveyImport.Peek("[1]").MemberNames);
    }

    [Fact]
    public void IsForMatchesTheAudienceKind()
    {
        var groups = Parsed("[\"PIUG\"]");
        var followers = Parsed("{\"followers\": [\"patentscope\", \"wipo-lex\"]}");
        var named = Parsed("{\"members\": [\"bob@example.org\"]}");

        Assert.Equal((true, false, true), (groups.IsFor(Ada, []), groups.IsFor(Bob, []), groups.IsFor(Sam, [])));
        Assert.Equal((true, true, false, false), (followers.IsFor(Ada, ["wipo-lex"]), followers.IsFor(Bob, ["gbd", "patentscope"]), followers.IsFor(Ada, []),
            followers.IsFor(Ada, ["global-brand-database"])));
        Assert.Equal((false, true, true), (named.IsFor(Ada, []), named.IsFor(Bob, []), named.IsFor(Sam, [])));
        Assert.True(Parsed("\"all\"").IsFor(Ada, []));
    }

    [Fact]
    public void TheDeliveryEngineIsAskedForTheSameAudience()
    {
        var groups = SurveyAudiences.Delivery(Parsed("[\"PIUG\"]"));
        var followers = SurveyAudiences.Delivery(Parsed("{\"followers\": [\"patentscope\", \"wipo-lex\"]}"));
        var named = SurveyAudiences.Delivery(Parsed("{\"members\": [\"bob@example.org\", \"ada@example.org\"]}"));

        Assert.Equal((AudienceKind.Members, AudienceKind.Followers, AudienceKind.List), (groups.Kind, followers.Kind, named.Kind));
        Assert.Equal(["PIUG"], groups.Groups);
        Assert.Equal(["patentscope", "wipo-lex"], followers.Products);
        Assert.Equal([Bob.Id, Ada.Id], named.List);
    }

    [Fact]
    public async Task ASurveyToFollowersInvitesOnlyThemAndOnlyThoseWhoFollowNowMayAnswer()
    {
        using var chat = new ChatHarness().WithKnownPeople().WithSampleCatalogue();
        await chat.Subscriptions.FollowAsync(Ada.Id, "patentscope", Now, default);
        await chat.Subscriptions.FollowAsync(Bob.Id, "wipo-lex", Now, default);

        Assert.Contains("Imported \"Product use\"", (await chat.SaysAsync(Sam, "import survey " + Definition("ps-users", "{\"followers\": [\"PATENTSCOPE\"]}"))).Shown(),
            StringComparison.Ordinal);
        Assert.Contains("invitations are going to its audience (followers of PATENTSCOPE)", (await chat.SaysAsync(Sam, "open survey ps-users")).Shown(),
            StringComparison.Ordinal);
        await chat.Deliveries.DeliverAsync();

        var request = Assert.Single(chat.Deliveries.Requested);
        Assert.Equal(AudienceKind.Followers, request.Audience.Kind);
        Assert.Equal(["patentscope"], request.Audience.Products);
        Assert.Equal(["ada"], chat.Notifier.Sent.Select(s => s.To.ObjectId));
        Assert.Contains("The survey \"Product use\" is for the followers of PATENTSCOPE.", (await Start(chat, Bob)).Shown(), StringComparison.Ordinal);
        Assert.DoesNotContain("Product use", (await chat.SaysAsync(Bob, "my surveys")).Shown(), StringComparison.Ordinal);
        Assert.Contains("question 1 of 1", (await Start(chat, Ada)).Shown(), StringComparison.Ordinal);

        await chat.Subscriptions.UnfollowAsync(Ada.Id, "patentscope", default);
        await chat.Subscriptions.FollowAsync(Bob.Id, "patentscope", Now, default);
        chat.LoseState(Ada);
        Assert.Contains("is for the followers of PATENTSCOPE", (await Start(chat, Ada)).Shown(), StringComparison.Ordinal);
        Assert.Contains("Product use", (await chat.SaysAsync(Bob, "my surveys")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASurveyToNamedMembersInvitesThemAloneAndRefusesOthers()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        await chat.Members.UpdateAsync(Ada.Id, r => r with { Email = "ada@example.org" }, default);
        await chat.Members.UpdateAsync(Bob.Id, r => r with { Email = "bob@example.org" }, default);

        var refused = await chat.SaysAsync(Sam, "import survey " + Definition("named", "{\"members\": [\"ada@example.org\", \"carl@example.org\"]}"));
        Assert.Contains("\"carl@example.org\" is not a member I know", refused.Shown(), StringComparison.Ordinal);
        Assert.Contains("Imported", (await chat.SaysAsync(Sam, "import survey " + Definition("named", "{\"members\": [\"Ada@example.org\"]}"))).Shown(),
            StringComparison.Ordinal);
        Assert.Contains("(1 named member)", (await chat.SaysAsync(Sam, "open survey named")).Shown(), StringComparison.Ordinal);
        await chat.Deliveries.DeliverAsync();

        Assert.Equal([Ada.Id], Assert.Single(chat.Deliveries.Requested).Audience.List);
        Assert.Equal(["ada"], chat.Notifier.Sent.Select(s => s.To.ObjectId));
        Assert.Contains("The survey \"Product use\" is only for the members invited to it.", (await Start(chat, Bob, "named")).Shown(), StringComparison.Ordinal);
        Assert.Contains("question 1 of 1", (await Start(chat, Ada, "named")).Shown(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyNamedMembersAreFoundInOneReadOfTheRegistry()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var people = Enumerable.Range(1, 12).Select(i => new Member(new MemberId("t1", $"p{i}"), $"P{i}", Role.Member, "en-US")).ToList();
        foreach (var person in people)
        {
            chat.Members.Add(person);
            await chat.Members.UpdateAsync(person.Id, r => r with { SignInName = $"{r.Id.ObjectId}@corp.example" }, default);
        }

        var names = string.Join(", ", people.Select(p => $"\"{p.Id.ObjectId}@CORP.example\""));
        Assert.Contains("Imported", (await chat.SaysAsync(Sam, "import survey " + Definition("many", $"{{\"members\": [{names}]}}"))).Shown(), StringComparison.Ordinal);

        Assert.Equal(people.Select(p => p.Id), (await chat.Surveys.FindAsync("many", default))!.Members.Select(m => m.Id));
    }

    [Fact]
    public async Task TheAuthoringCardChoosesTheAudienceKind()
    {
        using var chat = new ChatHarness().WithKnownPeople().WithSampleCatalogue();
        await chat.Members.UpdateAsync(Bob.Id, r => r with { Email = "bob@example.org" }, default);
        var card = Assert.IsType<CardReply>(Assert.Single(await chat.SaysAsync(Sam, "create survey"))).Card;
        Assert.Contains("Followers of the products ticked below", card.AllText(), StringComparison.Ordinal);
        Assert.Contains("PATENTSCOPE", card.AllText(), StringComparison.Ordinal);

        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Followers"), ("audienceKind", "followers"), ("audience", "PIUG"),
            ("products", "patentscope,wipo-lex"), ("q1_text", "Rate it"), ("q1_type", "rating"));
        await chat.Deliveries.DeliverAsync();
        await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Named"), ("audienceKind", "members"), ("members", "bob@example.org;\nsam@nowhere.example"),
            ("q1_text", "Rate it"), ("q1_type", "rating"));
        var missing = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "Named"), ("audienceKind", "members"), ("members", "bob@example.org"),
            ("q1_text", "Rate it"), ("q1_type", "rating"));
        var none = await chat.PressesAsync(Sam, SurveyAuthoringCard.Verb, ("title", "None"), ("audienceKind", "followers"), ("q1_text", "Rate it"), ("q1_type", "rating"));

        var surveys = await chat.Surveys.ListAsync(default);
        Assert.Equal("followers of PATENTSCOPE, WIPO Lex", Assert.Single(surveys, s => s.Title == "Followers").AudienceText);
        Assert.Equal([Bob.Id], Assert.Single(surveys, s => s.Title == "Named").Members.Select(m => m.Id));
        Assert.Contains("Imported \"Named\"", missing.Shown(), StringComparison.Ordinal);
        Assert.Contains("audience.followers: must list one or more product ids", none.Shown(), StringComparison.Ordinal);
        Assert.Equal(2, surveys.Count);
    }

    private static Task<IReadOnlyList<Reply>> Start(ChatHarness chat, Member member, string id = "ps-users") =>
        chat.PressesAsync(member, FormVerbs.Start, (FormVerbs.KindKey, SurveyForms.FormKind), (FormVerbs.FormKey, id));
}
