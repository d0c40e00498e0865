using System.Globalization;
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

        string times = ratio >= 1.0 ? $"{ratio:0.#} times" : $"1/{1.0 / ratio:0.#} of";
        warnings.Add(file.ErrorAt(
            $"{element}.{property}",
            string.Create(CultureInfo.InvariantCulture, $"{property} {b:0.###} {unit} is {times} the {a:0.###} it replaces; is it in the right unit?"),
            "check the unit the schema gives (hours, not days; per day, not per year; TEU, not thousands); if the change is meant, the warning can be ignored."));
    }
}
