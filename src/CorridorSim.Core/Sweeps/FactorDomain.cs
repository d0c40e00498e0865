using System.Globalization;
using System.Text.Json.Nodes;

namespace CorridorSim.Sweeps;

/// <summary>
/// The values a sweep factor takes: a list of values given one by one, a range from
/// <see cref="Min"/> to <see cref="Max"/> (in steps of <see cref="Step"/> when given), or a
/// uniform distribution over [<see cref="Min"/>, <see cref="Max"/>]. A grid takes a factor's
/// <see cref="Levels"/>; a Latin hypercube or a Morris design picks a value by its place
/// <c>u</c> in [0, 1] with <see cref="At"/>.
/// </summary>
public sealed record FactorDomain
{
    private FactorDomain(FactorKind kind, IReadOnlyList<JsonNode?>? values, double min, double max, double? step, bool whole)
    {
        (Kind, Values, Min, Max, Step, Whole) = (kind, values, min, max, step, whole);
    }

    /// <summary>How the values are given.</summary>
    public FactorKind Kind { get; }

    /// <summary>The values of a list, in the order given; null for a range or a distribution.</summary>
    public IReadOnlyList<JsonNode?>? Values { get; }

    /// <summary>The lowest value of a range or distribution.</summary>
    public double Min { get; }

    /// <summary>The highest value of a range or distribution.</summary>
    public double Max { get; }

    /// <summary>The step of a range; null for a continuous range or a distribution.</summary>
    public double? Step { get; }

    /// <summary>Whether values are whole numbers (rounded to the nearest).</summary>
    public bool Whole { get; }

    /// <summary>The number <paramref name="value"/> holds, whichever way it was made (read from a file or created); null when it is not a number.</summary>
    public static double? NumberOf(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A factor that takes each of <paramref name="values"/>.</summary>
    public static FactorDomain List(IReadOnlyList<JsonNode?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        return new FactorDomain(FactorKind.List, values, double.NaN, double.NaN, null, whole: false);
    }

    /// <summary>A range from <paramref name="min"/> to <paramref name="max"/>, in steps of <paramref name="step"/> when given (the last level at or below <paramref name="max"/>), whole numbers when <paramref name="whole"/>.</summary>
    public static FactorDomain Range(double min, double max, double? step = null, bool whole = false)
    {
        Check(min, max);
        if (step is double s && !(s > 0 && double.IsFinite(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), "A step is a positive number.");
        }

        return new FactorDomain(FactorKind.Range, null, min, max, step, whole);
    }

    /// <summary>A uniform distribution over [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static FactorDomain Uniform(double min, double max, bool whole = false)
    {
        Check(min, max);
        return new FactorDomain(FactorKind.Uniform, null, min, max, null, whole);
    }

    /// <summary>
    /// The levels a grid takes: a list's values; a range's from <see cref="Min"/> by
    /// <see cref="Step"/> (its two ends for a range without a step).
    /// </summary>
    /// <exception cref="InvalidOperationException">A distribution, which has no levels.</exception>
    public IReadOnlyList<JsonNode?> Levels()
    {
        if (Values is not null)
        {
            return Values;
        }

        if (Kind == FactorKind.Uniform)
        {
            throw new InvalidOperationException("A distribution has no levels for a grid; give a list or a range with a step.");
        }

        if (Step is not double step)
        {
            return [Number(Min), Number(Max)];
        }

        int count = (int)Math.Floor(((Max - Min) / step) + 1e-9) + 1;
        return [.. Enumerable.Range(0, count).Select(i => Number(Min + (i * step)))];
    }

    /// <summary>
    /// The value at place <paramref name="u"/> in [0, 1]: for a list, the value whose equal share
    /// of [0, 1] holds <paramref name="u"/>; for a range with a step, the level nearest
    /// <c>Min + u (Max − Min)</c>; otherwise that number itself.
    /// </summary>
    public JsonNode? At(double u)
    {
        u = Math.Clamp(u, 0.0, 1.0);
        if (Values is not null)
        {
            return Values[Math.Min(Values.Count - 1, (int)(u * Values.Count))]?.DeepClone();
        }

        double x = Min + (u * (Max - Min));
        if (Step is double step)
        {
            x = Math.Min(Min + (Math.Round((x - Min) / step) * step), Max);
        }

        return Number(x);
    }

    private JsonValue Number(double x)
    {
        if (Whole)
        {
            return JsonValue.Create((long)Math.Round(x));
        }

        // Round away the binary noise of Min + i × step (0.30000000000000004 is written 0.3).
        double rounded = double.Parse(x.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return JsonValue.Create(rounded);
    }

    private static void Check(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "A range runs from a finite minimum up to a finite maximum.");
        }
    }
}
