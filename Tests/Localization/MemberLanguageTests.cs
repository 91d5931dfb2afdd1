using System.Globalization;
using CollabBot.Cards.Forms;
using CollabBot.Cards.Members;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using CollabBot.Dialogs.Plans;
using CollabBot.Dialogs.Surveys;
using CollabBot.Tests.Plans;
using CollabBot.Tests.Support;
using CollabBot.Tests.Surveys;

namespace CollabBot.Tests.Localization;

/// <summary>Members are spoken to in their language: help, profile, preferences, forms, surveys, and what is sent to them later.</summary>
public sealed class MemberLanguageTests
{
    private static Member Person(string locale, string id = "m1", string? group = null) =>
        new(new MemberId("t1", id), "Chloé Martin", Role.Member, locale, group);

    [Fact]
    public async Task AFrenchMemberGetsTheHelpCardInFrench()
    {
        using var harness = new ChatHarness();

        var help = (await harness.SaysAsync(Person("fr-FR"), "help")).Shown();

        Assert.Contains("Aide de CollabBot", help, StringComparison.Ordinal);
        Assert.Contains("Mon profil", help, StringComparison.Ordinal);
        Assert.Contains("Tapez : mes enquêtes", help, StringComparison.Ordinal);
        Assert.DoesNotContain("My profile", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Pour le personnel", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchMemberGetsTheProfileCardInFrench()
    {
        using var harness = new ChatHarness();

        var profile = (await harness.SaysAsync(Person("fr-CA"), "mon profil")).Shown();

        Assert.Contains("Votre profil", profile, StringComparison.Ordinal);
        Assert.Contains("Indiquez-nous votre groupe d'utilisateurs", profile, StringComparison.Ordinal);
        Assert.Contains("Enregistrer", profile, StringComparison.Ordinal);
        Assert.Contains("Mes préférences", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchMemberGetsThePreferencesCardInFrench()
    {
        using var harness = new ChatHarness();

        var preferences = (await harness.SaysAsync(Person("fr-CA"), "mes préférences")).Shown();

        Assert.Contains("Vos préférences", preferences, StringComparison.Ordinal);
        Assert.Contains("Les rappels d'enquête", preferences, StringComparison.Ordinal);
        Assert.Contains("Langue", preferences, StringComparison.Ordinal);
        Assert.Contains("La langue de mon Teams", preferences, StringComparison.Ordinal);
        Assert.Contains("Enregistrer", preferences, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFrenchMemberAnswersASurveyInFrench()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var chloe = Person("fr-FR", "chloe", "PIUG");
        chat.Members.Add(chloe);
        await chat.OpenSampleAsync();

        var first = (await chat.PressesFormAsync(chloe, FormVerbs.Start)).Shown();
        var wrong = (await chat.SaysAsync(chloe, "7")).Shown();
        var help = (await chat.SaysAsync(chloe, "aide")).Shown();
        var later = (await chat.SaysAsync(chloe, "plus tard")).Shown();

        Assert.Contains("User feedback · question 1 sur 5", first, StringComparison.Ordinal);
        Assert.Contains("Appuyez sur un bouton ou tapez le numéro de votre choix (1-3).", first, StringComparison.Ordinal);
        Assert.Contains("Annuler", first, StringComparison.Ordinal);
        Assert.StartsWith("Désolé, « 7 » n'est pas une réponse que je peux accepter ici.", wrong, StringComparison.Ordinal);
        Assert.Contains("Vous répondez à « User feedback », question 1 sur 5.", help, StringComparison.Ordinal);
        Assert.Contains("**plus tard**", help, StringComparison.Ordinal);
        Assert.Equal("D'accord, je garde votre place à la question 1 sur 5. Dites **continuer** quand vous le souhaitez. " +
            "Vous la retrouverez sous **mes enquêtes** jusqu'à sa clôture.", later);
    }

    [Fact]
    public async Task ASpanishMemberIsAnsweredInSpanish()
    {
        using var harness = new ChatHarness();
        var ana = Person("es-MX");

        var help = (await harness.SaysAsync(ana, "ayuda")).Shown();
        var empty = (await harness.SaysAsync(ana, "")).Shown();
        var refused = (await harness.SaysAsync(ana, "pending groups")).Shown();

        Assert.Contains("Ayuda de CollabBot", help, StringComparison.Ordinal);
        Assert.Contains("Escriba: mis encuestas", help, StringComparison.Ordinal);
        Assert.Equal("He recibido un mensaje vacío. Escriba **ayuda** para ver lo que puedo hacer.", empty);
        Assert.Equal("Lo siento, solo el personal de la OMPI puede hacer eso.", refused);
    }

    [Fact]
    public async Task NumbersInATextFollowTheMembersLanguage()
    {
        using var harness = new ChatHarness();

        var tooLong = (await harness.SaysAsync(Person("de-DE"), new string('a', Turn.MaxTextLength + 1))).Shown();

        Assert.Equal("Diese Nachricht ist mir zu lang (4.001 Zeichen). Bitte bleiben Sie unter 4.000 Zeichen.", tooLong);
    }

    [Fact]
    public async Task ALanguageTheBotDoesNotSpeakGetsEnglish()
    {
        using var harness = new ChatHarness();

        var help = (await harness.SaysAsync(Person("it-IT"), "aiuto")).Shown();

        Assert.Contains(English.NotUnderstood, help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTurnLeavesTheCultureAsItFoundIt()
    {
        using var harness = new ChatHarness();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        await harness.SaysAsync(Person("de-DE"), "hilfe");

        Assert.Equal(before, (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));
    }

    [Fact]
    public async Task AnInvitationIsInTheLanguageEachMemberChose()
    {
        using var chat = new ChatHarness().WithKnownPeople();
        var jonas = Person("en-US", "jonas", "PIUG");
        chat.Members.Add(jonas);
        await chat.Members.UpdateAsync(jonas.Id, r => r with { Language = "de" }, default);
        await chat.OpenSampleAsync(audience: ["PIUG"]);

        await chat.Deliveries.DeliverAsync();

        var sent = chat.Notifier.Sent.ToDictionary(s => s.To.ObjectId, s => s.Message.Shown());
        Assert.StartsWith("Neue Umfrage: User feedback", sent["jonas"], StringComparison.Ordinal);
        Assert.Contains("Jetzt beginnen", sent["jonas"], StringComparison.Ordinal);
        Assert.StartsWith("New survey: User feedback", sent["ada"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffConfirmInEnglishAndTheMemberIsToldInGerman()
    {
        using var harness = new ChatHarness();
        var jonas = Person("de-CH", "jonas");
        await harness.Members.AddAsync(new MemberRecord(jonas.Id, "Jonas", "de-CH", null, default, default) { RequestedUserGroup = "PDG" }, default);

        var replies = await harness.PressesAsync(TestMembers.Staff(), PendingGroupsCard.ConfirmVerb,
            (PendingGroupsCard.TenantKey, "t1"), (PendingGroupsCard.MemberKey, "jonas"), (PendingGroupsCard.GroupKey, "PDG"));

        Assert.Contains("Confirmed Jonas in PDG.", replies.Single().Shown(), StringComparison.Ordinal);
        var (to, message) = Assert.Single(harness.Notifier.Sent);
        Assert.Equal(jonas.Id, to);
        Assert.Equal("Das Personal der WIPO hat Ihre Zugehörigkeit zu **PDG** bestätigt.", message.Shown());
    }

    [Fact]
    public async Task FollowersHearTheNewsInTheLanguageTheyChose()
    {
        using var bot = new ChatHarness().WithSampleCatalogue();
        var ana = PlansChat.Person("m-es", "en-US");
        await bot.Members.AddAsync(new MemberRecord(ana.Id, ana.Name, "en-US", null, default, default) { Language = "es" }, default);
        await bot.SaysAsync(ana, "follow PATENTSCOPE");
        var product = (await bot.Get<IPlansCatalogue>().FindProductAsync("patentscope", default))!;

        await bot.Deliveries.BroadcastAsync(FollowerNews.For(product,
            new CatalogueChange("patentscope", "p1", ChangeKind.PlanStatusChanged, "Semantic search", PlanStatus.InProgress, "s1", default))!, default);
        await bot.Deliveries.DeliverAsync();

        var (_, message) = Assert.Single(bot.Notifier.Sent);
        Assert.Equal("**PATENTSCOPE**: **Semantic search** ahora está «en curso».", message.Shown());
    }
}
