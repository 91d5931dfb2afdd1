using CollabBot.Dialogs.Questions;

namespace CollabBot.Tests.Questions;

/// <summary>Working time in Zurich, 08:00 to 18:00 on weekdays: nights and weekends are skipped, summer time is kept.</summary>
public sealed class WorkingTimeTests
{
    private static readonly QuestionOptions Zurich = new();

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-27T17:00+01:00", 4, "2026-11-30T11:00+01:00")] // Friday 17:00: one hour on Friday, three on Monday
    [InlineData("2026-11-25T11:00+01:00", 4, "2026-11-25T15:00+01:00")] // within the day
    [InlineData("2026-11-25T11:00+01:00", 7, "2026-11-25T18:00+01:00")] // to the end of the day exactly
    [InlineData("2026-11-25T11:00+01:00", 16, "2026-11-26T17:00+01:00")] // seven hours, then nine the next day
    [InlineData("2026-11-25T11:00+01:00", 30, "2026-11-30T11:00+01:00")] // across the weekend
    [InlineData("2026-11-28T10:00+01:00", 1, "2026-11-30T09:00+01:00")] // from a Saturday
    [InlineData("2026-11-29T23:30+01:00", 1, "2026-11-30T09:00+01:00")] // from a Sunday night
    [InlineData("2026-11-25T22:00+01:00", 1, "2026-11-26T09:00+01:00")] // from a night
    [InlineData("2026-11-26T06:00+01:00", 1, "2026-11-26T09:00+01:00")] // from before the day starts
    [InlineData("2026-11-25T16:00Z", 2, "2026-11-26T09:00+01:00")] // given in UTC: 17:00 in Zurich
    [InlineData("2027-03-26T17:00+01:00", 4, "2027-03-29T11:00+02:00")] // summer time starts on Sunday 28 March
    [InlineData("2026-10-23T17:00+02:00", 4, "2026-10-26T11:00+01:00")] // summer time ends on Sunday 25 October
    [InlineData("2027-03-26T08:00+01:00", 20, "2027-03-29T18:00+02:00")] // two whole days across the change
    public void WaitingCountsOnlyWorkingHours(string from, int hours, string expected)
    {
        var after = WorkingTime.After(At(from), TimeSpan.FromHours(hours), Zurich);

        Assert.Equal(At(expected), after);
    }

    [Theory]
    [InlineData("2026-11-25T11:00+01:00", "2026-11-25T11:00+01:00")] // already working
    [InlineData("2026-11-25T08:00+01:00", "2026-11-25T08:00+01:00")] // the first moment of the day
    [InlineData("2026-11-25T18:00+01:00", "2026-11-26T08:00+01:00")] // the day has ended
    [InlineData("2026-11-25T07:59+01:00", "2026-11-25T08:00+01:00")]
    [InlineData("2026-11-27T18:30+01:00", "2026-11-30T08:00+01:00")] // Friday evening
    [InlineData("2026-11-28T12:00+01:00", "2026-11-30T08:00+01:00")] // Saturday
    [InlineData("2027-03-28T12:00+01:00", "2027-03-29T08:00+02:00")] // the Sunday summer time starts
    [InlineData("2026-10-25T12:00+01:00", "2026-10-26T08:00+01:00")] // the Sunday it ends
    public void TheNextWorkingMomentSkipsNightsAndWeekends(string from, string expected)
    {
        Assert.Equal(At(expected), WorkingTime.NextFrom(At(from), Zurich));
    }

    [Fact]
    public void TheConfiguredTimeZoneAndHoursAreKept()
    {
        var newYork = new QuestionOptions { TimeZone = "America/New_York", WorkStarts = TimeSpan.FromHours(9), WorkEnds = TimeSpan.FromHours(17) };

        var after = WorkingTime.After(At("2026-11-27T16:00-05:00"), TimeSpan.FromHours(2), newYork);

        Assert.Equal(At("2026-11-30T10:00-05:00"), after);
    }

    [Fact]
    public void TheNextWorkingMomentIsNeverAtNightOrAtAWeekendInZurich()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zurich.TimeZone);
        for (var at = At("2027-03-20T00:00Z"); at < At("2027-04-05T00:00Z"); at = at.AddMinutes(37))
        {
            var local = TimeZoneInfo.ConvertTime(WorkingTime.NextFrom(at, Zurich), zone);
            Assert.True(local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 8 and < 18, $"{at:O} gave {local:O}");
            Assert.True(WorkingTime.NextFrom(at, Zurich) >= at, $"{at:O} went back");
        }
    }
}
