using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Plans;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.Plans;

/// <summary>What plans tests set up in a <see cref="ChatHarness"/>: the sample catalogue, people, and the news worker's part.</summary>
public static class PlansChat
{
    public const string Tenant = "tenant-1";

    private static readonly Lazy<CatalogueFile.Content> Sample = new(() =>
        CatalogueFile.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "Bot", "SampleData", "catalogue.sample.json"))));

    /// <summary>The catalogue the bot ships as sample data.</summary>
    public static CatalogueFile.Content SampleCatalogue => Sample.Value;

    public static ChatHarness WithSampleCatalogue(this ChatHarness chat)
    {
        chat.Catalogue.Load(SampleCatalogue);
        return chat;
    }

    public static Member Person(string objectId, string locale = "en-US", Role role = Role.Member) =>
        new(new MemberId(Tenant, objectId), "Ada " + objectId, role, locale);

    /// <summary>Does what the delivery engine does: sends the news staff changes asked for.</summary>
    public static Task DeliverNewsAsync(this ChatHarness chat) => chat.Deliveries.DeliverAsync();
}
