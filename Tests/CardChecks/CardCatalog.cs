using CollabBot.Cards.Help;
using CollabBot.Cards.Members;
using CollabBot.Cards.Model;
using CollabBot.Cards.Plans;

namespace CollabBot.Tests.CardChecks;

/// <summary>
/// Every card the bot can send, built from sample views that reach each branch of its builder (empty lists,
/// long lists, optional parts present and absent). A new card adds its entries here.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        HelpEntry[] entries = [new("help", "Help", "what I can do", "help"), new("profile", "My profile", "your details", "profile")];
        yield return ("welcome-member", WelcomeCard.Build(new WelcomeView("Ada", false, entries)));
        yield return ("welcome-staff", WelcomeCard.Build(new WelcomeView(null, true, [])));
        yield return ("help-member", HelpCard.Build(new HelpView(false, entries, [])));
        yield return ("help-not-understood-staff", HelpCard.Build(new HelpView(true, entries, entries)));

        string[] groups = ["CEPIUG", "PDG", "PIUG"];
        yield return ("profile-new", ProfileCard.Build(new ProfileView("Ada", false, null, null, groups)));
        yield return ("profile-pending", ProfileCard.Build(new ProfileView("Ada", false, "PDG", "PIUG", groups)));
        yield return ("profile-confirmed-staff", ProfileCard.Build(new ProfileView("Sam", true, "PDG", null, groups)));

        var since = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        yield return ("pending-groups-empty", PendingGroupsCard.Build(new PendingGroupsView([], "Confirmed Ada in PDG.")));
        yield return ("pending-groups-long", PendingGroupsCard.Build(new PendingGroupsView(
            [.. Enumerable.Range(1, 45).Select(i => new PendingGroupRequest("t", $"m{i}", $"Member {i} \"quoted\" <b>", "CEPIUG", since))])));

        foreach (var card in PlansCards.All())
        {
            yield return card;
        }
    }
}
