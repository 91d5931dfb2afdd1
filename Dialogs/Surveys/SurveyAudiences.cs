using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Dialogs.Surveys;

/// <summary>
/// A survey's audience both ways: whom the delivery engine invites, and whether a member may answer. Both read the
/// same facts (groups, follows, the list), so whoever is invited may answer and nobody else may.
/// </summary>
public sealed class SurveyAudiences(IPlanSubscriptions subscriptions)
{
    /// <summary>The audience the delivery engine reads when it sends the invitations and reminders.</summary>
    public static Audience Delivery(Survey survey) => survey.AudienceKind switch
    {
        SurveyAudienceKind.Followers => Audience.FollowersOfAny([.. survey.Products.Select(p => p.Id)]),
        SurveyAudienceKind.Members => Audience.Only([.. survey.Members.Select(m => m.Id)]),
        _ => Audience.MembersOf(survey.Audience),
    };

    /// <summary>
    /// What <see cref="Survey.IsFor"/> needs to know of the member for these surveys: the products they follow now,
    /// read only when one of the surveys is for followers.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> FollowedAsync(Member member, IEnumerable<Survey?> surveys, CancellationToken cancellationToken) =>
        surveys.Any(s => s?.AudienceKind == SurveyAudienceKind.Followers)
            ? await subscriptions.ProductsFollowedByAsync(member.Id, cancellationToken)
            : [];
}
