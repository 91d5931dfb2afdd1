using System.Globalization;
using CollabBot.Cards.Delivery;
using CollabBot.Cards.Newsletters;
using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Delivery;
using CollabBot.Dialogs.Files;
using CollabBot.Dialogs.Plans;

namespace CollabBot.Dialogs.Newsletters;

/// <summary>What staff's newsletter buttons share: the newsletter they name, found (or a clear word when it is gone).</summary>
public abstract class NewsletterStaffAction(INewsletterStore store) : ICardAction
{
    protected INewsletterStore Store { get; } = store;

    public abstract string Verb { get; }

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        if (!int.TryParse(submit[NewsletterVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await Store.FindAsync(number, cancellationToken) is not { } newsletter)
        {
            turn.Say("That newsletter no longer exists; type **newsletters** for the list.");
            return;
        }
        await HandleAsync(turn, submit, newsletter, cancellationToken);
    }

    protected abstract Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken);
}

/// <summary>The composer's "save and preview": a new draft, a draft changed, or a sent newsletter corrected in every copy.</summary>
public sealed class SaveNewsletterAction(INewsletterStore store, NewsletterStaffViews staff, NewsletterViews views, NewsletterSending sending,
    IPlansCatalogue catalogue, TimeProvider clock) : ICardAction
{
    public string Verb => NewsletterVerbs.Save;

    public Role Required => Role.Staff;

    public async Task HandleAsync(Turn turn, CardSubmit submit, CancellationToken cancellationToken)
    {
        var known = (await catalogue.ListProductsAsync(cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        int.TryParse(submit[NewsletterVerbs.NumberKey], NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        var existing = number > 0 ? await store.FindAsync(number, cancellationToken) : null;
        if (number > 0 && existing is null)
        {
            turn.Say("That newsletter no longer exists; type **newsletters** for the list.");
            return;
        }
        var blank = existing ?? new Newsletter(0, NewsletterStatus.Draft, new Dictionary<string, NewsletterVersion>(), clock.GetUtcNow(), turn.Sender.Name);
        var (inputs, problem) = NewsletterInputs.Parse(submit, known);
        var candidate = inputs?.ApplyTo(blank);
        problem ??= candidate is null ? null : await TooBigAsync(candidate, cancellationToken);
        if (problem is not null || candidate is null || inputs is null)
        {
            // The composer again with what they typed, so nothing is lost.
            turn.Replace(await staff.ComposeAsync(NewsletterInputs.Typed(submit, blank), problem, cancellationToken));
            return;
        }
        Newsletter saved;
        if (existing is null)
        {
            saved = await store.AddAsync(candidate, cancellationToken);
        }
        else
        {
            saved = await store.UpdateAsync(existing.Number, n => inputs.ApplyTo(n) with
            {
                Version = n.Version + 1,
                Revision = n.Status == NewsletterStatus.Sent ? n.Revision + 1 : n.Revision,
            }, cancellationToken) ?? candidate;
            if (saved.Status == NewsletterStatus.Sent)
            {
                await sending.CorrectAsync(saved, cancellationToken);
            }
        }
        var note = existing?.Status == NewsletterStatus.Sent ? "Corrected: every copy members have is being updated in place." : null;
        turn.Replace(await staff.CardAsync(saved, Newsletter.English, note, cancellationToken));
    }

    private async Task<string?> TooBigAsync(Newsletter newsletter, CancellationToken cancellationToken)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in newsletter.Versions.Keys)
        {
            var card = await views.MemberCardAsync(newsletter, language, expanded: true, foundHelpful: false, preview: false, cancellationToken);
            sizes[language] = card.ToJson().Length;
        }
        return NewsletterInputs.TooBig(newsletter, l => sizes[l]);
    }
}

public sealed class EditNewsletterAction(INewsletterStore store, NewsletterStaffViews staff) : NewsletterStaffAction(store)
{
    public override string Verb => NewsletterVerbs.Edit;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken) =>
        turn.Replace(await staff.ComposeAsync(newsletter, newsletter.Status == NewsletterStatus.Cancelled ? "It was cancelled: duplicate it to send it again." : null,
            cancellationToken));
}

public sealed class DuplicateNewsletterAction(INewsletterStore store, NewsletterStaffViews staff, TimeProvider clock) : NewsletterStaffAction(store)
{
    public override string Verb => NewsletterVerbs.Duplicate;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        var copy = await Store.AddAsync(new Newsletter(0, NewsletterStatus.Draft, newsletter.Versions, clock.GetUtcNow(), turn.Sender.Name)
        {
            ImageUrl = newsletter.ImageUrl,
            Products = newsletter.Products,
            Links = newsletter.Links,
            AudienceKind = newsletter.AudienceKind,
            Groups = newsletter.Groups,
        }, cancellationToken);
        turn.Show(await staff.ComposeAsync(copy, $"A copy of {newsletter.Id}, saved as the draft {copy.Id}.", cancellationToken));
    }
}

public sealed class PreviewNewsletterAction(INewsletterStore store, NewsletterStaffViews staff) : NewsletterStaffAction(store)
{
    public override string Verb => NewsletterVerbs.Preview;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken) =>
        turn.Replace(await staff.CardAsync(newsletter, submit[NewsletterVerbs.LanguageKey] ?? Newsletter.English, null, cancellationToken));
}

public sealed class StatusNewsletterAction(INewsletterStore store, NewsletterStaffViews staff) : NewsletterStaffAction(store)
{
    public override string Verb => NewsletterVerbs.Status;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken) =>
        turn.Replace(await staff.CardAsync(newsletter, Newsletter.English, null, cancellationToken));
}

/// <summary>"Update the count", "send now" and "schedule" take the audience chosen on the card first.</summary>
public abstract class AudienceAction(INewsletterStore store) : NewsletterStaffAction(store)
{
    protected async Task<(Newsletter? Newsletter, string? Problem)> TakeAudienceAsync(CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        if (newsletter.Status is not (NewsletterStatus.Draft or NewsletterStatus.Scheduled))
        {
            return (newsletter, $"{newsletter.Id} is {newsletter.Status.ToString().ToLowerInvariant()}: its audience can no longer change.");
        }
        if (NewsletterStaffViews.ParseAudience(submit[NewsletterVerbs.AudienceInput]) is not { } kind)
        {
            return (newsletter, null);
        }
        var groups = (submit[NewsletterVerbs.GroupsInput] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (kind == NewsletterAudienceKind.UserGroups && groups.Count == 0)
        {
            return (newsletter, "Choose at least one user group.");
        }
        if (kind == NewsletterAudienceKind.Followers && newsletter.Products.Count == 0)
        {
            return (newsletter, "It concerns no product yet: edit it and choose its products, or choose another audience.");
        }
        var changed = await Store.UpdateAsync(newsletter.Number, n => n.Status is NewsletterStatus.Draft or NewsletterStatus.Scheduled
            ? n with { AudienceKind = kind, Groups = kind == NewsletterAudienceKind.UserGroups ? groups : [], Version = n.Version + 1 }
            : null, cancellationToken);
        return (changed ?? newsletter, null);
    }
}

public sealed class AudienceNewsletterAction(INewsletterStore store, NewsletterStaffViews staff) : AudienceAction(store)
{
    public override string Verb => NewsletterVerbs.Audience;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        var (changed, problem) = await TakeAudienceAsync(submit, newsletter, cancellationToken);
        turn.Replace(await staff.CardAsync(changed ?? newsletter, Newsletter.English, problem, cancellationToken));
    }
}

public sealed class SendNewsletterAction(INewsletterStore store, NewsletterStaffViews staff, NewsletterSending sending, IDeliveries deliveries)
    : AudienceAction(store)
{
    public override string Verb => NewsletterVerbs.SendNow;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        var (chosen, problem) = await TakeAudienceAsync(submit, newsletter, cancellationToken);
        if (problem is null && chosen is not null && await sending.ReachAsync(chosen, cancellationToken) == 0)
        {
            problem = "Nobody would get it: choose another audience.";
        }
        if (problem is not null || chosen is null)
        {
            turn.Replace(await staff.CardAsync(chosen ?? newsletter, Newsletter.English, problem, cancellationToken));
            return;
        }
        var sent = await sending.SendNowAsync(newsletter.Number, cancellationToken);
        turn.Replace(await staff.CardAsync(sent ?? chosen, Newsletter.English, sent is null ? $"{newsletter.Id} was already sent." : null, cancellationToken));
        if (sent is not null && await deliveries.ProgressAsync(NewsletterSending.BroadcastOf(sent.Number), cancellationToken) is { } progress)
        {
            turn.Add(new CardReply(ProgressCard.Build(CancelBroadcastAction.View(progress))) { Tracks = progress.Id });
        }
    }
}

public sealed class ScheduleNewsletterAction(INewsletterStore store, NewsletterStaffViews staff, NewsletterSending sending, TimeProvider clock)
    : AudienceAction(store)
{
    public override string Verb => NewsletterVerbs.Schedule;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        var (chosen, problem) = await TakeAudienceAsync(submit, newsletter, cancellationToken);
        var at = When(submit[NewsletterVerbs.DateInput], submit[NewsletterVerbs.TimeInput]);
        problem ??= at is null ? "Give a date and a time (UTC) to send it at."
            : at <= clock.GetUtcNow() ? "That minute has passed: choose a later one, or send it now."
            : null;
        var scheduled = problem is null ? await sending.ScheduleAsync(newsletter.Number, at!.Value, cancellationToken) : null;
        turn.Replace(await staff.CardAsync(scheduled ?? chosen ?? newsletter, Newsletter.English, problem, cancellationToken));
    }

    private static DateTimeOffset? When(string? date, string? time) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var minute)
            ? new DateTimeOffset(day.ToDateTime(minute), TimeSpan.Zero)
            : null;
}

public sealed class CancelNewsletterAction(INewsletterStore store, NewsletterStaffViews staff, NewsletterSending sending) : NewsletterStaffAction(store)
{
    public override string Verb => NewsletterVerbs.Cancel;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        var after = await sending.CancelAsync(newsletter.Number, cancellationToken) ?? newsletter;
        var note = newsletter.Status == NewsletterStatus.Scheduled ? "The schedule is cancelled: it is a draft again."
            : newsletter.Status == NewsletterStatus.Sent ? "Stopped: what had not gone out yet will not." : null;
        turn.Replace(await staff.CardAsync(after, Newsletter.English, note, cancellationToken));
    }
}

public sealed class ExportNewsletterAction(INewsletterStore store, IExportRequests exports) : NewsletterStaffAction(store)
{
    /// <summary>The kind of export: a newsletter's delivery outcome per recipient (its number is the export's id).</summary>
    public const string Kind = "newsletter-deliveries";

    public override string Verb => NewsletterVerbs.Export;

    protected override async Task HandleAsync(Turn turn, CardSubmit submit, Newsletter newsletter, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ExportFormat>(submit[NewsletterVerbs.FormatKey], ignoreCase: true, out var format) || format is not (ExportFormat.Csv or ExportFormat.Xlsx))
        {
            turn.Say("That export button is missing its format; open the newsletter again.");
            return;
        }
        await exports.RequestAsync(new ExportRequest(Kind, newsletter.Number.ToString(CultureInfo.InvariantCulture), format, turn.Sender.Id), cancellationToken);
        turn.Say($"Preparing the delivery outcomes of {newsletter.Id} as {(format == ExportFormat.Csv ? "CSV" : "an Excel workbook")}: I'll send you a download link here in a moment.");
    }
}
