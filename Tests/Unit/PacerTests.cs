using CollabBot.Bot.Delivery;

namespace CollabBot.Tests.Unit;

public sealed class PacerTests
{
    [Fact]
    public async Task A_send_not_yet_answered_holds_its_place_in_the_window()
    {
        var pacer = new Pacer(2);
        using var first = await pacer.WaitAsync(CancellationToken.None);
        using var second = await pacer.WaitAsync(CancellationToken.None);

        var third = pacer.WaitAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.False(third.IsCompleted, "two sends still waiting for their answer fill a window of two, however long they take");
        first.Dispose();
        using var taken = await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_answered_send_leaves_the_window_a_second_after_its_answer()
    {
        var pacer = new Pacer(1);
        var first = await pacer.WaitAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        first.Dispose();
        var answered = DateTimeOffset.UtcNow;

        using var second = await pacer.WaitAsync(CancellationToken.None);

        Assert.True(DateTimeOffset.UtcNow - answered >= TimeSpan.FromSeconds(0.95),
            "the receiver may have counted the first send as late as its answer, so the next waits a second from there");
    }
}
