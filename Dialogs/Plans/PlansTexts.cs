using CollabBot.Cards.Plans;
using Microsoft.Extensions.Localization;

namespace CollabBot.Dialogs.Plans;

/// <summary>
/// Marks Plans/PlansTexts.resx: everything the plans feature says to members (answers, status names, the labels
/// of the member cards, the plans commands' help), read by key in the turn's language.
/// </summary>
public sealed class PlansTexts
{
    public static string Status(IStringLocalizer<PlansTexts> texts, PlanStatus status) => texts["Status" + status];

    public static PlansLabels Labels(IStringLocalizer<PlansTexts> texts) => new()
    {
        Upcoming = texts["Upcoming"],
        RecentlyReleased = texts["RecentlyReleased"],
        NothingUpcoming = texts["NothingUpcoming"],
        Target = texts["Target"],
        Updated = texts["Updated"],
        Details = texts["Details"],
        Follow = texts["Follow"],
        Unfollow = texts["Unfollow"],
        Following = texts["Following"],
        ProductPage = texts["ProductPage"],
        SeePlans = texts["SeePlans"],
        SampleNote = texts["SampleNote"],
        NoPlans = texts["NoPlans"],
        AskStaff = texts["AskStaff"],
        ProductsHeading = texts["ProductsHeading"],
        WhatsNewHeading = texts["WhatsNewHeading"],
        WhatsNewEmpty = texts["WhatsNewEmpty"],
        Added = texts["Added"],
        SubscriptionsHeading = texts["SubscriptionsHeading"],
        SubscriptionsEmpty = texts["SubscriptionsEmpty"],
        More = texts["More"],
    };

    // New plans texts go into PlansTexts.resx and its .fr, .es and .de files, read by key where they are said.
}
