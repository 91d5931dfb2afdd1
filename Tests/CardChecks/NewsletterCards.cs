using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Newsletters;
using CollabBot.Tests.Support;

namespace CollabBot.Tests.CardChecks;

/// <summary>The newsletters' cards for <see cref="CardCatalog"/>: the member cards in each language, the staff cards in English.</summary>
public static class NewsletterCards
{
    public const string RichBody = """
        # A heading
        WIPO Translate now covers **Korean** and _Japanese_: see [the notes](https://www.wipo.int/patentscope) or <b>raw html</b>.

        - one "quoted" item
        - two
          - nested

        > A quote from the Round Table.

        ```
        code block
        ```

        ![WIPO logo](https://www.wipo.int/logo.png) ![plain](http://example.org/x.png)
        """;

    public static IEnumerable<(string Name, AdaptiveCard Card)> Member(string language)
    {
        string T(string key) => Texts.In<NewsletterTexts>(language, key);
        var labels = new NewsletterLabels(T("ReadMore"), T("Helpful"), T("FoundHelpful"), T("Reply"), T("ReplyPlaceholder"), T("Send"), T("ReplyRequired"));
        var view = new NewsletterView(3, "PATENTSCOPE \"news\" <b>", RichBody + "\n\n" + new string('x', 600), "https://www.wipo.int/banner.png", "2 December 2026",
            ["PATENTSCOPE", "WIPO Translate"], [("Release notes", "https://www.wipo.int/notes"), ("Survey", "https://www.wipo.int/survey")],
            Expanded: false, FoundHelpful: false, Preview: false);
        yield return ("newsletter-short", NewsletterCard.Build(view, labels));
        yield return ("newsletter-expanded-helpful", NewsletterCard.Build(view with { Expanded = true, FoundHelpful = true, ImageUrl = null, Links = [] }, labels));
        yield return ("newsletter-plain", NewsletterCard.Build(view with { Body = "Short.", Products = [] }, labels));
        var list = new NewsletterListLabels(T("ListHeading"), T("ListEmpty"), T("ListRead"));
        yield return ("newsletters-empty", NewsletterListCard.Build([], list));
        yield return ("newsletters", NewsletterListCard.Build([.. Enumerable.Range(1, 20).Select(i => new NewsletterListEntry(i, $"Newsletter \"{i}\" *md*", "2 December 2026"))], list));
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Staff()
    {
        var versions = new Dictionary<string, (string, string)> { ["en"] = ("News", RichBody), ["fr"] = ("Nouvelles", "Texte") };
        yield return ("newsletter-compose-new", ComposeCard.Build(new ComposeView(0, false, new Dictionary<string, (string, string)>(), null, [], [], [], null)));
        yield return ("newsletter-compose-sent", ComposeCard.Build(new ComposeView(4, true, versions, "https://www.wipo.int/x.png", ["patentscope"],
            [("Notes", "https://www.wipo.int")], [new("PATENTSCOPE", "patentscope"), new("WIPO Translate", "translate")], "The image must be an https address.")));
        var member = NewsletterCard.Build(new NewsletterView(4, "News", RichBody, null, "2 December 2026", [], [], false, false, true),
            new NewsletterLabels("Read more", "Helpful", "Thanks", "Reply", "Your reply", "Send", "Write your reply."));
        var staff = new StaffNewsletterView(4, "News", "Draft", true, false, false, false, member, "en", ["en", "fr"], "groups", ["PIUG"],
            [new("PIUG", "PIUG"), new("CEPIUG", "CEPIUG")], 1234, [], null);
        yield return ("newsletter-staff-draft", StaffNewsletterCard.Build(staff));
        yield return ("newsletter-staff-scheduled", StaffNewsletterCard.Build(staff with { Draft = false, Scheduled = true, Status = "Scheduled for 2026-12-05 09:00 UTC", Problem = "Choose at least one user group." }));
        yield return ("newsletter-staff-sending", StaffNewsletterCard.Build(staff with
        {
            Draft = false,
            Sent = true,
            Sending = true,
            Status = "Sent",
            Languages = ["en"],
            Counts = [new("Delivered", "1,000"), new("Still to send", "9,000"), new("Failed", "0"), new("Unreachable", "2"), new("Read", "10"), new("Found it helpful", "3"), new("Replies", "1")]
        }));
        yield return ("newsletter-reply-open", ReplyTicketCard.Build(new ReplyTicketView(4, 1, "NL4-R1", "News", "Ada \"A\" <b>", "Will Japanese come?", "2026-12-02 10:00 UTC", null, null)));
        yield return ("newsletter-reply-answered", ReplyTicketCard.Build(new ReplyTicketView(4, 1, "NL4-R1", "News", "Ada", "Will Japanese come?", "2026-12-02 10:00 UTC", "In March.", "Sam Staff")));
    }
}
