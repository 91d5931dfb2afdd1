using CollabBot.Dialogs.Conversation;

namespace CollabBot.Dialogs.Questions;

/// <summary>
/// When a meeting is created, every follow-up still owed from an earlier meeting is carried over to it: a question of
/// the new meeting with the same text, askers, voices, owner and due date (its own ticket and pings), and the old one
/// closed as carried over. Each is carried once, however often this runs.
/// </summary>
public sealed class FollowUpCarryOver(IQuestionStore store, AskerKeys askers, QuestionTickets tickets, TimeProvider clock)
{
    public async Task<int> CarryOverAsync(Meeting next, string by, CancellationToken cancellationToken)
    {
        var carried = 0;
        foreach (var earlier in (await store.ListMeetingsAsync(cancellationToken)).Where(m => m.Id != next.Id && m.Date < next.Date))
        {
            foreach (var owed in (await store.ListAsync(earlier.Id, cancellationToken)).Where(q => q.Status == QuestionStatus.FollowUpOwed && q.MergedInto is null))
            {
                await CarryAsync(earlier, owed, next, by, cancellationToken);
                carried++;
            }
        }
        return carried;
    }

    private async Task CarryAsync(Meeting earlier, Question owed, Meeting next, string by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var copy = (owed with { MeetingId = next.Id, Number = 0, History = [], Version = 0, CarriedFrom = $"{earlier.Name} {owed.Id}" })
            .With(now, by, $"carried it over from {earlier.Name} {owed.Id}");
        var (added, _) = await store.AddAsync(copy, $"carried:{earlier.Id}:{owed.Number}", cancellationToken);
        foreach (var asker in owed.AlsoTell.Prepend(owed.Asker).Select(askers.Open).OfType<MemberId>().Distinct())
        {
            await store.RecordAskerAsync(askers.Hash(asker), next.Id, added.Number, cancellationToken);
        }
        await tickets.PostAsync(added, cancellationToken);
        Question? before = null;
        var closed = await store.UpdateAsync(earlier.Id, owed.Number, q =>
        {
            before = q;
            return q.Status == QuestionStatus.FollowUpOwed
                ? (q with { Status = QuestionStatus.Closed }).With(now, by, $"carried it over to {next.Name} as {added.Id}")
                : null;
        }, cancellationToken);
        if (before is not null && closed is not null && !ReferenceEquals(before, closed))
        {
            await tickets.RefreshAsync(closed, cancellationToken);
        }
    }
}
