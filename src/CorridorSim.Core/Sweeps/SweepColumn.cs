namespace CorridorSim.Sweeps;

/// <summary>One column of a sweep's table: whole numbers, numbers (NaN where missing) or text.</summary>
public sealed class SweepColumn
{
    private SweepColumn(string name, long[]? wholes, double[]? numbers, string[]? texts)
    {
        (Name, Wholes, Numbers, Texts) = (name, wholes, numbers, texts);
    }

    /// <summary>The column's name.</summary>
    public string Name { get; }

    /// <summary>The values of a column of whole numbers; null otherwise.</summary>
    public IReadOnlyList<long>? Wholes { get; }

    /// <summary>The values of a column of numbers (NaN where a run measured nothing); null otherwise.</summary>
    public IReadOnlyList<double>? Numbers { get; }

    /// <summary>The values of a text column; null otherwise.</summary>
    public IReadOnlyList<string>? Texts { get; }

    /// <summary>The rows.</summary>
    public int Count => Wholes?.Count ?? Numbers?.Count ?? Texts!.Count;

    /// <summary>A column of whole numbers.</summary>
    public static SweepColumn Whole(string name, long[] values) => new(name, values, null, null);

    /// <summary>A column of numbers.</summary>
    public static SweepColumn Number(string name, double[] values) => new(name, null, values, null);

    /// <summary>A column of text.</summary>
    public static SweepColumn Text(string name, string[] values) => new(name, null, null, values);
}
