using System.Text.Json.Nodes;

namespace CorridorSim.Output;

/// <summary>Numbers as the JSON result files write them.</summary>
internal static class JsonNumber
{
    /// <summary>Rounded to 4 decimals; null for NaN and infinities (a figure with nothing measured).</summary>
    public static JsonValue? Rounded(double value) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, 4)) : null;
}
