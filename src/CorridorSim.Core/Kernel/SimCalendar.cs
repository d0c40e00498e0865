namespace CorridorSim.Kernel;

/// <summary>
/// Maps simulated hours to calendar months for seasonal inputs and outputs: time zero is
/// 1 January 00:00 and every year has 365 days (no leap years), so month boundaries repeat exactly.
/// </summary>
public static class SimCalendar
{
    /// <summary>Hours in a simulated year.</summary>
    public const double HoursPerYear = 365 * 24.0;

    /// <summary>Hours in a week.</summary>
    public const double HoursPerWeek = 7 * 24.0;

    private static readonly int[] MonthStartDay = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    /// <summary>The calendar month (0 = January) of <paramref name="hours"/> since time zero.</summary>
    public static int MonthOf(double hours)
    {
        double dayOfYear = (hours % HoursPerYear) / 24.0;
        int month = 0;
        while (month < 11 && dayOfYear >= MonthStartDay[month + 1])
        {
            month++;
        }

        return month;
    }

    /// <summary>The first hour of the calendar month after the one containing <paramref name="hours"/>.</summary>
    public static double NextMonthStart(double hours)
    {
        double yearStart = Math.Floor(hours / HoursPerYear) * HoursPerYear;
        return yearStart + (MonthStartDay[MonthOf(hours) + 1] * 24.0);
    }

    /// <summary>Hours in calendar month <paramref name="month"/> (0 = January).</summary>
    public static double HoursInMonth(int month) => (MonthStartDay[month + 1] - MonthStartDay[month]) * 24.0;
}
