namespace CollabBot.Dialogs.Contributions;

/// <summary>What the staff inbox shows: a channel (or all), a status ("open", "all" or one status) and a user group (or all).</summary>
public sealed record InboxFilter(string Kind, string Status, string Group)
{
    public const string All = "all";
    public const string Open = "open";

    public static readonly InboxFilter Default = new(All, Open, All);

    /// <summary>The filter as an export's id: "kind|status|group".</summary>
    public override string ToString() => $"{Kind}|{Status}|{Group}";

    /// <summary>A filter from buttons or an export's id; anything unknown reads as the default for that part.</summary>
    public static InboxFilter Parse(string? kind, string? status, string? group, ContributionChannels channels) => new(
        channels.Find(kind) is { } channel ? channel.Kind : All,
        status is Open or All || Enum.TryParse<ContributionStatus>(status, out var s) && Enum.IsDefined(s) && status == s.ToString() ? status : Open,
        group is { Length: > 0 and <= 50 } g && g != All ? g : All);

    public static InboxFilter Parse(string id, ContributionChannels channels) =>
        id.Split('|') is [var kind, var status, var group] ? Parse(kind, status, group, channels) : Default;

    public bool Matches(Contribution c, ContributionOptions options) =>
        (Kind == All || c.Kind == Kind)
        && (Status == All || (Status == Open ? c.IsOpen : c.Status.ToString() == Status))
        && (Group == All || options.GroupsOf(c.SenderGroup).Contains(Group, StringComparer.OrdinalIgnoreCase));
}
