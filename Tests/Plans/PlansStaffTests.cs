using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

public sealed class PlansStaffTests : IDisposable
{
    private readonly ChatHarness bot = new ChatHarness().WithSampleCatalogue();
    private readonly Member staff = PlansChat.Person("s1", role: Role.Staff);

    [Fact]
    public async Task StaffAddAPlanItemAndEachFollowerIsToldOnceInTheirLanguage()
    {
        var english = PlansChat.Person("m-en");
        var french = PlansChat.Person("m-fr", "fr-FR");
        await bot.Members.AddAsync(new(french.Id, french.Name, "fr-FR", null, bot.Clock.GetUtcNow(), bot.Clock.GetUtcNow()), default);
        await bot.SaysAsync(english, "follow PATENTSCOPE");
        await bot.SaysAsync(french, "suivre PATENTSCOPE");
        var add = await AddPlanButtonAsync("patentscope");

        var replies = await bot.PressesAsync(staff, add, (PlanInputs.Title, "Semantic search"), (PlanInputs.Status, "Planned"),
            (PlanInputs.Target, "2027 Q3"));
        // The same save delivered twice (Teams re-sends slow turns): nothing new is written or sent.
        await bot.PressesAsync(staff, add, (PlanInputs.Title, "Semantic search"), (PlanInputs.Status, "Planned"), (PlanInputs.Target, "2027 Q3"));
        await bot.DeliverNewsAsync();

        Assert.Equal("update: Edit PATENTSCOPE", Assert.Single(replies).Describe());
        Assert.Contains("its followers are being told", ((CardUpdate)replies[0]).Card.AllText());
        var sent = bot.Notifier.Sent.ToDictionary(s => s.To, s => ((TextReply)s.Message).Text);
        Assert.Equal(2, bot.Notifier.Sent.Count);
        Assert.Equal("**PATENTSCOPE** has a new plan item: **Semantic search** (planned). Type **PATENTSCOPE** to see its plans.", sent[english.Id]);
        Assert.StartsWith("**PATENTSCOPE** a un nouveau point dans ses plans : **Semantic search** (prévu)", sent[french.Id]);
        Assert.Single(bot.Catalogue.History, c => c.Title == "Semantic search" && c.By == "s1" && c.Kind == ChangeKind.PlanAdded);
    }

    [Fact]
    public async Task AStatusChangeIsNewsButAnEditOfOtherFieldsIsNot()
    {
        var member = PlansChat.Person("m-follows");
        await bot.SaysAsync(member, "follow ePCT");
        var plan = (await bot.Catalogue.ListPlansAsync("epct", default)).First(p => p.Status == PlanStatus.Planned);
        var save = CardVerb.Button("Save", PlansVerbs.SavePlan, (PlansVerbs.ProductKey, "epct"), (PlansVerbs.PlanKey, plan.Id));

        await bot.PressesAsync(staff, save, (PlanInputs.Title, plan.Title), (PlanInputs.Summary, "A new summary"),
            (PlanInputs.Status, "Planned"), (PlanInputs.Target, plan.Target ?? ""), (PlanInputs.Link, plan.Link ?? ""));
        await bot.DeliverNewsAsync();
        Assert.Empty(bot.Notifier.Sent);

        await bot.PressesAsync(staff, save, (PlanInputs.Title, plan.Title), (PlanInputs.Summary, "A new summary"),
            (PlanInputs.Status, "InProgress"), (PlanInputs.Target, "2027 Q2"), (PlanInputs.Link, plan.Link ?? ""));
        await bot.DeliverNewsAsync();

        var news = Assert.Single(bot.Notifier.Sent);
        Assert.Equal($"**ePCT**: **{plan.Title}** is now in progress.", ((TextReply)news.Message).Text);
        var kinds = bot.Catalogue.History.Where(c => c.PlanId == plan.Id).Select(c => c.Kind);
        Assert.Equal([ChangeKind.PlanAdded, ChangeKind.PlanEdited, ChangeKind.PlanStatusChanged], kinds);
    }

    public static TheoryData<(string, string)[], string> BadPlanInput => new()
    {
        { [(PlanInputs.Title, "  "), (PlanInputs.Status, "Planned")], "Please give the plan item a title." },
        { [(PlanInputs.Title, "X"), (PlanInputs.Status, "")], "Please choose a status" },
        { [(PlanInputs.Title, "X"), (PlanInputs.Status, "Shipped")], "Please choose a status" },
        { [(PlanInputs.Title, "X"), (PlanInputs.Status, "Planned"), (PlanInputs.Link, "javascript:alert(1)")], "must be a web address" },
    };

    [Theory]
    [MemberData(nameof(BadPlanInput))]
    public async Task BadPlanInputIsRefusedAndNothingIsWritten((string, string)[] inputs, string message)
    {
        var before = bot.Catalogue.History.Count;

        var replies = await bot.PressesAsync(staff, await AddPlanButtonAsync("patentscope"), inputs);

        Assert.Contains(message, Assert.Single(replies).Describe());
        Assert.Equal(before, bot.Catalogue.History.Count);
    }

    [Fact]
    public async Task StaffAddAProductThatMembersCanThenAskAbout()
    {
        var admin = Card(Assert.Single(await bot.SaysAsync(staff, "manage plans")));
        var add = Assert.Single(admin.Buttons(), b => b.Title == "Add product");

        var replies = await bot.PressesAsync(staff, add, (PlanInputs.Name, "WIPO IP Portal"), (PlanInputs.Aliases, "IP Portal, IPPortal"));

        Assert.Equal("update: Edit WIPO IP Portal", Assert.Single(replies).Describe());
        var answer = await bot.SaysAsync(PlansChat.Person("m1"), "what's planned for the IP portal?");
        Assert.Equal("card: WIPO IP Portal", Assert.Single(answer).Describe());
        Assert.Contains(bot.Catalogue.History, c => c.Kind == ChangeKind.ProductAdded && c.ProductId == "wipo-ip-portal" && c.By == "s1");
    }

    [Theory]
    [InlineData("", "", "Please give the product a name.")]
    [InlineData("Patent Search", "patenscope", "already names PATENTSCOPE")]
    [InlineData("PATENTSCOPE", "", "already exists")]
    public async Task BadProductInputIsRefusedAndNothingIsWritten(string name, string aliases, string message)
    {
        var add = CardVerb.Button("Add product", PlansVerbs.SaveProduct);

        var replies = await bot.PressesAsync(staff, add, (PlanInputs.Name, name), (PlanInputs.Aliases, aliases));

        Assert.Contains(message, Assert.Single(replies).Describe());
        Assert.DoesNotContain(bot.Catalogue.History, c => c.Kind is ChangeKind.ProductAdded or ChangeKind.ProductEdited);
    }

    [Fact]
    public async Task SavingAProductUnchangedWritesNoHistory()
    {
        var save = CardVerb.Button("Save product", PlansVerbs.SaveProduct, (PlansVerbs.ProductKey, "epct"));
        var epct = (await bot.Catalogue.FindProductAsync("epct", default))!;
        (string, string)[] inputs = [(PlanInputs.Name, epct.Name), (PlanInputs.Aliases, string.Join(", ", epct.Aliases)),
            (PlanInputs.Description, epct.Description ?? ""), (PlanInputs.Url, epct.Url ?? "")];

        var replies = await bot.PressesAsync(staff, save, inputs);

        Assert.Contains("Nothing changed.", Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText());
        Assert.DoesNotContain(bot.Catalogue.History, c => c.Kind == ChangeKind.ProductEdited);
    }

    [Fact]
    public async Task ARetiredProductIsNoLongerAnswered()
    {
        var edit = Card(Assert.Single(await bot.PressesAsync(staff, CardVerb.Button("Edit", PlansVerbs.EditProduct, (PlansVerbs.ProductKey, "wipo-das")))));
        var retire = Assert.Single(edit.Buttons(), b => b.Title == "Retire product");

        var replies = await bot.PressesAsync(staff, retire);

        Assert.Contains("Retired WIPO DAS", Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText());
        var answer = await bot.SaysAsync(PlansChat.Person("m1"), "what's planned for WIPO DAS?");
        Assert.Equal("card: WIPO information products", Assert.Single(answer).Describe());
    }

    [Fact]
    public async Task StaffEditAndRetireAPlanItemAndTheHistoryShowsWhoAndWhen()
    {
        var plan = (await bot.Catalogue.ListPlansAsync("wipo-lex", default))[0];
        var editCard = Card(Assert.Single(await bot.PressesAsync(staff,
            CardVerb.Button("Edit", PlansVerbs.EditPlan, (PlansVerbs.ProductKey, "wipo-lex"), (PlansVerbs.PlanKey, plan.Id)))));
        var retire = Assert.Single(editCard.Buttons(), b => b.Title == "Retire item");

        var replies = await bot.PressesAsync(staff, retire);

        var text = Assert.IsType<CardUpdate>(Assert.Single(replies)).Card.AllText();
        Assert.Contains($"Retired \"{plan.Title}\"", text);
        Assert.Contains($"s1 · retired \"{plan.Title}\"", text);
        var answer = Card(Assert.Single(await bot.SaysAsync(PlansChat.Person("m1"), "WIPO Lex plans"))).AllText();
        Assert.DoesNotContain(plan.Title, answer);
    }

    [Theory]
    [InlineData(PlansVerbs.SavePlan)]
    [InlineData(PlansVerbs.RetireProduct)]
    [InlineData(PlansVerbs.SaveProduct)]
    public async Task AMemberIsRefusedEveryStaffAction(string verb)
    {
        var forged = CardVerb.Button("x", verb, (PlansVerbs.ProductKey, "patentscope"), (PlansVerbs.PlanKey, "p1"));

        var replies = await bot.PressesAsync(PlansChat.Person("m1"), forged, (PlanInputs.Title, "X"), (PlanInputs.Status, "Planned"), (PlanInputs.Name, "X"));

        Assert.Equal("text: " + English.StaffOnly, Assert.Single(replies).Describe());
        Assert.Equal(PlansChat.SampleCatalogue.Plans.Count, bot.Catalogue.History.Count);
    }

    private async Task<SubmitAction> AddPlanButtonAsync(string productId)
    {
        var edit = Card(Assert.Single(await bot.PressesAsync(staff, CardVerb.Button("Edit", PlansVerbs.EditProduct, (PlansVerbs.ProductKey, productId)))));
        return Assert.Single(edit.Buttons(), b => b.Title == "Add plan item");
    }

    private static AdaptiveCard Card(Reply reply) => Assert.IsType<CardReply>(reply).Card;

    public void Dispose() => bot.Dispose();
}
