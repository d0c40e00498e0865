using System.Globalization;
using System.Text.Json;
using CorridorSim.Model.Network;

namespace CorridorSim.Input;

/// <summary>
/// Values that are valid but probably in the wrong unit: an override that makes a node's or a
/// link's figure many times larger or smaller than the one it replaces. A unit mistake changes a
/// duration or a speed 24-fold (days for hours), a daily rate 365-fold (a yearly figure) and a
/// count or a size 1,000-fold (thousands), so durations and speeds are questioned from
/// <see cref="TimeFactor"/> times, rates, counts and sizes from <see cref="RateFactor"/> times —
/// above what the investments in the ready-made scenarios do (up to 26-fold, a line upgrade's trains).
/// Each is a warning, at the override that wrote it.
/// </summary>
internal static class PlausibilityCheck
{
    /// <summary>The change, either way, from which a duration or a speed is questioned.</summary>
    public const double TimeFactor = 20.0;

    /// <summary>The change, either way, from which a rate, a count or a size is questioned.</summary>
    public const double RateFactor = 100.0;

    /// <summary>The warnings about <paramref name="run"/>, the network as patched, against <paramref name="published"/>, as it was written.</summary>
    public static List<InputError> Of(InputFile file, TransportNetwork published, TransportNetwork run)
    {
        var warnings = new List<InputError>();
        foreach (var node in run.Nodes.Where(n => published.HasNode(n.Id)))
        {
            var before = published.Node(node.Id);
            string at = $"$.overrides.nodes.{node.Id}";
            Check(warnings, file, at, "capacityTeuPerDay", "TEU a day", before.CapacityTeuPerDay, node.CapacityTeuPerDay, RateFactor);
            Check(warnings, file, at, "dwellHours", "hours", before.DwellHours?.Mean, node.DwellHours?.Mean, TimeFactor);
            Check(warnings, file, at, "yardCapacityTeu", "TEU", before.YardCapacityTeu, node.YardCapacityTeu, RateFactor);
        }

        foreach (var link in run.Links.Where(l => published.HasLink(l.Id)))
        {
            var before = published.Link(link.Id);
            string at = $"$.overrides.links.{link.Id}";
            Check(warnings, file, at, "maxWaitHours", "hours", before.MaxWaitHours, link.MaxWaitHours, TimeFactor);
            Check(warnings, file, at, "crossingHours", "hours", before.CrossingHours?.Mean, link.CrossingHours?.Mean, TimeFactor);
            Check(warnings, file, at, "speedKmh", "km/h", before.SpeedKmh, link.SpeedKmh, TimeFactor);
            Check(warnings, file, at, "distanceKm", "km", before.DistanceKm, link.DistanceKm, RateFactor);
            Check(warnings, file, at, "trainsPerDay", "trains a day", before.TrainsPerDay, link.TrainsPerDay, RateFactor);
            Check(warnings, file, at, "trainCapacityTeu", "TEU", before.TrainCapacityTeu, link.TrainCapacityTeu, RateFactor);
            Check(warnings, file, at, "fleet", "vessels", before.Fleet, link.Fleet, RateFactor);
            Check(warnings, file, at, "vesselCapacityTeu", "TEU", before.VesselCapacityTeu, link.VesselCapacityTeu, RateFactor);
        }

        return warnings;
    }

    /// <summary>
    /// The warnings about the stream overrides <paramref name="patches"/>: a <c>teuPerYear</c> many
    /// times the inherited stream's in <paramref name="streams"/> (thousands of TEU, or a day's
    /// figure), (thousands of TEU, or a day's figure).
    /// </summary>
    public static List<InputError> OfDemand(InputFile file, JsonElement? streams, IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject?> patches)
    {
        var warnings = new List<InputError>();
        if (streams is not JsonElement array || array.ValueKind != JsonValueKind.Array)
        {
            return warnings;
        }

        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && patches.TryGetValue(id.GetString()!, out var patch) && patch?["teuPerYear"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue(out double now)
                && element.TryGetProperty("teuPerYear", out var was) && was.ValueKind == JsonValueKind.Number)
            {
                Check(warnings, file, $"$.overrides.streams.{id.GetString()}", "teuPerYear", "TEU a year", was.GetDouble(), now, RateFactor);
            }
        }

        return warnings;
    }

    /// <summary>The warning about a <c>demandScale</c> of 20 or more (a percentage) or 1/20 or less, at it in <paramref name="file"/>; none otherwise.</summary>
    public static List<InputError> OfDemandScale(InputFile file, double scale) =>
        scale >= TimeFactor || scale <= 1.0 / TimeFactor
            ?
            [
                file.ErrorAt(
                    "$.demandScale",
                    string.Create(CultureInfo.InvariantCulture, $"demandScale {scale:#,0.###} multiplies every inherited stream's TEU a year by {scale:#,0.###}; is it a percentage?"),
                    "give the factor, not a percentage (150 % is 1.5); if the factor is meant, the warning can be ignored."),
            ]
            : [];

    private static void Check(List<InputError> warnings, InputFile file, string element, string property, string unit, double? was, double? now, double factor)
    {
        if (was is not double a || now is not double b || !(a > 0.0) || !(b > 0.0))
        {
            return;
        }

        double ratio = b / a;
        if (ratio < factor && ratio > 1.0 / factor)
        {
            return;
        }

        string times = ratio >= 1.0 ? string.Create(CultureInfo.InvariantCulture, $"{ratio:#,0.#} times") : string.Create(CultureInfo.InvariantCulture, $"1/{1.0 / ratio:#,0.#} of");
        warnings.Add(file.ErrorAt(
            $"{element}.{property}",
            string.Create(CultureInfo.InvariantCulture, $"{property} {b:#,0.###} {unit} is {times} the {a:#,0.###} it replaces; is it in the right unit?"),
            UnitFix(unit) + "; if the change is meant, the warning can be ignored."));
    }

    /// <summary>How to write a figure in <paramref name="unit"/>, against the slips it invites.</summary>
    private static string UnitFix(string unit) => unit switch
    {
        "hours" => "give the time in hours (3 days is 72)",
        "km/h" => "give the speed in km/h (m/s × 3.6, mph × 1.609)",
        "km" => "give the distance in km (miles × 1.609)",
        "TEU a day" or "trains a day" => "give a day's figure (a year's divided by 365)",
        "TEU a year" => "give TEU a year, not thousands of TEU nor a day's figure",
        _ => $"give the figure in {unit}, not in thousands",
    };
}
