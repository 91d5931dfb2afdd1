namespace CollabBot.Dialogs.Questions;

/// <summary>Pings and reminders keep to working hours on working days, in the configured time zone.</summary>
public static class WorkingTime
{
    /// <summary>The first moment at or after <paramref name="at"/> that is within working hours.</summary>
    public static DateTimeOffset NextFrom(DateTimeOffset at, QuestionOptions options)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        for (var i = 0; i < 14; i++)
        {
            var day = local.Date;
            if (local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                if (local.TimeOfDay < options.WorkStarts)
                {
                    return At(day + options.WorkStarts, zone);
                }
                if (local.TimeOfDay < options.WorkEnds)
                {
                    return TimeZoneInfo.ConvertTime(local, TimeZoneInfo.Utc);
                }
            }
            local = new DateTimeOffset(day.AddDays(1) + options.WorkStarts, zone.GetUtcOffset(day.AddDays(1) + options.WorkStarts));
        }
        return at;
    }

    /// <summary><paramref name="from"/> plus <paramref name="wait"/> of working time.</summary>
    public static DateTimeOffset After(DateTimeOffset from, TimeSpan wait, QuestionOptions options)
    {
        var at = NextFrom(from, options);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        while (true)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            var leftToday = options.WorkEnds - local.TimeOfDay;
            if (wait <= leftToday)
            {
                return at + wait;
            }
            wait -= leftToday;
            at = NextFrom(at + leftToday + TimeSpan.FromMinutes(1), options);
        }
    }

    private static DateTimeOffset At(DateTime local, TimeZoneInfo zone) => new(local, zone.GetUtcOffset(local));
}
