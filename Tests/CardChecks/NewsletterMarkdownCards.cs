using CollabBot.Cards.Model;
using CollabBot.Cards.Newsletters;

namespace CollabBot.Tests.CardChecks;

/// <summary>Newsletter bodies for <see cref="CardCatalog"/>: every Markdown construct rendered, and the collapsed excerpt.</summary>
public static class NewsletterMarkdownCards
{
    private const string Rich = """
        # PIUG newsletter, December

        Welcome to **this month's** news, with _new_ search tips, `status:granted` queries and [the full guide](https://www.wipo.int/patentscope/en/).
        A line break\
        and a [script link](javascript:alert(1)) that stays text, plus <b>inline HTML</b> and &lt;tags&gt; written out.

        ## What changed

        - Faster **exports**
        - New filters
          - by legal status
            - by family size
        - Mail us at <help@example.org>

        3. Sign in
        4. Open *Saved searches*

        > A quote from a member, with a list:
        >
        > - one point
        > > and a quote inside it

        ---

        ### Sample query

        ```
        SELECT *
          FROM patents
         WHERE status = 'granted' AND title LIKE '<chemistry>'
        ```

            indented code

        ![The conference hall](https://www.wipo.int/export/sites/www/hall.jpg) ![An insecure picture](http://example.org/x.png)

        | Date | Event |
        |------|-------|
        | 4 May | PIUG **Annual** Conference |
        | 9 June | |

        | Product | Status | Owner |
        |---------|--------|-------|
        | PATENTSCOPE | Live | [WIPO](https://www.wipo.int) |
        | Inspire | | |

        <div class="banner">Raw <em>HTML</em> block</div>

        <script>alert('x')</script>
        """;

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        yield return ("newsletter-markdown-rich", new AdaptiveCard(NewsletterMarkdown.Render(Rich)) { FallbackText = "PIUG newsletter" });
        yield return ("newsletter-markdown-excerpt", new AdaptiveCard(
        [
            TextBlock.Heading("PIUG newsletter, December"),
            new TextBlock(NewsletterMarkdown.Excerpt(Rich, 160)) { MaxLines = 4 },
            new Image("https://www.wipo.int/export/sites/www/hall.jpg") { AltText = "The conference hall", Size = ImageSize.Stretch },
        ])
        { FallbackText = "PIUG newsletter" });
    }
}
