using CollabBot.Dialogs.Conversation;
using CollabBot.Dialogs.Members;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// "use this channel for questions", typed by staff in a team's standard channel: tickets go there from now on
/// (those of open questions and nominations under review too). Everyone in a team reads its standard channels, so a team with anyone who is not
/// staff is refused, naming them; the roster is Teams', read when the command runs.
/// </summary>
public sealed class StaffChannelCommand(IQuestionStore store, IEnumerable<IStaffChannelCards> features, IOptions<CollabOptions> collab, TimeProvider clock,
    IStringLocalizer<QuestionTexts> texts) : ICommand
{
    private const int NamesShown = 10;

    public CommandInfo Info { get; } = new("question.channel", Role.Staff,
        ["use this channel for questions", "utiliser ce canal pour les questions", "usar este canal para las preguntas", "diesen kanal fur fragen verwenden"])
    {
        Help = new(texts, "Channel"),
    };

    public async Task RunAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        if (turn.Channel is not { } channel)
        {
            turn.Say("Type this in a standard channel of the team where staff triage questions, with the app added to that team.");
            return;
        }
        IReadOnlyList<RosterEntry> roster;
        try
        {
            roster = await channel.Roster(cancellationToken);
        }
        catch (RosterUnavailableException)
        {
            turn.Say("I couldn't read who is in this team, so I can't tell whether only staff read this channel. Try again in a moment.");
            return;
        }
        var outsiders = roster.Where(m => !collab.Value.IsStaff(m.ObjectId)).ToList();
        if (outsiders.Count > 0)
        {
            var names = string.Join(", ", outsiders.Take(NamesShown).Select(m => m.Name.Length > 0 ? m.Name : "someone without a name"));
            var more = outsiders.Count > NamesShown ? $" and {outsiders.Count - NamesShown} more" : "";
            turn.Say($"I can't send questions here: everyone in a team reads its channels, and these people in {Name(channel)} are not WIPO staff: {names}{more}. "
                + "Use a team of staff only, or ask for them to be added to the staff list.");
            return;
        }
        var staffChannel = new StaffChannel(channel.TeamId, channel.TeamName, channel.ChannelId, channel.TenantId, channel.Address, turn.Sender.Name,
            clock.GetUtcNow());
        await store.SaveStaffChannelAsync(staffChannel, cancellationToken);
        var following = new List<(string Phrase, int Count)>();
        foreach (var feature in features)
        {
            if (await feature.PostOpenAsync(staffChannel, cancellationToken) is { } posted)
            {
                following.Add(posted);
            }
        }
        var sentence = string.Join(" and ", following.Select(f => f.Phrase));
        var follow = following.Count == 0 ? "" : $" {char.ToUpperInvariant(sentence[0])}{sentence[1..]} {(following.Sum(f => f.Count) == 1 ? "follows" : "follow")}.";
        turn.Say($"From now on each new question starts a thread here as a ticket card, and pings about waiting questions come here.{follow}");
    }

    private static string Name(TeamChannel channel) => channel.TeamName.Length > 0 ? channel.TeamName : "this team";
}
