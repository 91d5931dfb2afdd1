using CollabBot.Bot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace CollabBot.Tests.Unit;

public sealed class PacerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_send_not_yet_answered_holds_its_place_in_the_window()
    {
        var pacer = new Pacer(2, clock: clock);
        var first = await pacer.WaitAsync(CancellationToken.None);
        await TakeAsync(pacer);

        var third = pacer.WaitAsync(CancellationToken.None);
        Advance(TimeSpan.FromSeconds(1.5));

        Assert.False(third.IsCompleted, "two sends still waiting for their answer fill a window of two, however long they take");
        first.Dispose();
        Advance(TimeSpan.FromSeconds(1));
        Assert.True(Settled(third, 5000), "a second after the first's answer, its place is free");
    }

    [Fact]
    public async Task An_answered_send_leaves_the_window_a_second_after_its_answer()
    {
        var pacer = new Pacer(1, clock: clock);
        var first = await pacer.WaitAsync(CancellationToken.None);
        Advance(TimeSpan.FromSeconds(1.2));
        first.Dispose();
        var answered = clock.GetUtcNow();

        var startedAt = await StartAsync(pacer);

        Assert.True(startedAt - answered >= TimeSpan.FromSeconds(1),
            "the receiver may have counted the first send as late as its answer, so the next waits a second from there");
    }

    [Fact]
    public async Task A_conversation_gets_what_each_of_Teams_windows_allows_and_not_one_more()
    {
        var pacer = new Pacer(RateLimit.TeamsConversation, clock: clock);
        var starts = new List<DateTimeOffset>();
        for (var i = 0; i < 62; i++)
        {
            starts.Add(await StartAsync(pacer, TimeSpan.FromMilliseconds(50)));
        }

        foreach (var limit in RateLimit.TeamsConversation)
        {
            Assert.True(MostInAnyWindow(starts, limit.Window) <= limit.Count, $"at most {limit.Count} in any {limit.Window}");
        }
        var first30 = starts.Count(s => s - starts[0] < TimeSpan.FromSeconds(30));
        Assert.True(first30 >= 59, $"paced at the limits, not under them: {first30} of 60 in the first 30 seconds");
    }

    [Fact]
    public async Task After_a_pause_in_the_work_up_to_the_burst_start_at_once_and_no_second_holds_more_than_the_rate()
    {
        var pacer = new Pacer(50, burst: 25, clock: clock);
        var burst = Enumerable.Range(0, 25).Select(_ => pacer.WaitAsync(CancellationToken.None)).ToList();
        var next = pacer.WaitAsync(CancellationToken.None);

        Assert.All(burst, b => Assert.True(b.IsCompletedSuccessfully, "a pacer idle until now lets the burst go at once"));
        Assert.False(next.IsCompleted, "beyond the burst, starts are spaced");
        var starts = burst.Select(_ => clock.GetUtcNow()).ToList();
        foreach (var send in burst)
        {
            (await send).Dispose();
        }
        while (!Settled(next))
        {
            clock.Advance(Step);
        }
        starts.Add(clock.GetUtcNow());
        (await next).Dispose();

        for (var i = 0; i < 200; i++)
        {
            if (i == 100)
            {
                // The work before the sends stalls: what the pause left unused is caught up, as far as the window allows.
                Advance(TimeSpan.FromMilliseconds(400));
            }
            starts.Add(await StartAsync(pacer));
        }

        Assert.True(MostInAnyWindow(starts, TimeSpan.FromSeconds(1)) <= 50, "never more than 50 in any second, bursts included");
        var stalled = starts[^100];
        var caughtUp = starts.TakeLast(100).Count(s => s - stalled < TimeSpan.FromMilliseconds(100));
        Assert.True(caughtUp >= 10, $"after the stall, sends start at once: {caughtUp} in its first 100 ms");
    }

    [Fact]
    public async Task After_Retry_After_sends_start_evenly_spaced_not_all_at_once()
    {
        var pacer = new Pacer(50, burst: 25, clock: clock);
        var until = clock.GetUtcNow().AddSeconds(2);
        pacer.PauseUntil(until);

        var first = await StartAsync(pacer);
        var second = await StartAsync(pacer);

        Assert.True(first >= until, "nothing before the time Teams gave");
        Assert.True(second - first >= TimeSpan.FromMilliseconds(20), "no burst straight after a 429");
    }

    /// <summary>Waits for a slot, moving the clock on as the pacer waits, and answers at once; returns when the send started.</summary>
    private async Task<DateTimeOffset> StartAsync(Pacer pacer, TimeSpan? step = null)
    {
        var started = await TakeAsync(pacer, step);
        started.Send.Dispose();
        return started.At;
    }

    private async Task<(IDisposable Send, DateTimeOffset At)> TakeAsync(Pacer pacer, TimeSpan? step = null)
    {
        var waiting = pacer.WaitAsync(CancellationToken.None);
        while (!Settled(waiting))
        {
            clock.Advance(step ?? Step);
        }
        var send = await waiting;
        return (send, clock.GetUtcNow());
    }

    private void Advance(TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += Step)
        {
            clock.Advance(Step);
            Thread.Sleep(1);
        }
    }

    /// <summary>The pacer's wake-ups after a timer run on the thread pool: give one a moment to take its slot.</summary>
    private static bool Settled(Task task, int milliseconds = 1) => SpinWait.SpinUntil(() => task.IsCompleted, milliseconds);

    private static int MostInAnyWindow(List<DateTimeOffset> starts, TimeSpan window) =>
        starts.Select(s => starts.Count(t => t >= s && t - s < window)).Max();
}
