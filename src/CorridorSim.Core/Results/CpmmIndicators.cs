using CorridorSim.Model.Corridor;
using CorridorSim.Model.Network;

namespace CorridorSim.Results;

/// <summary>
/// The CAREC Corridor Performance Measurement and Monitoring (CPMM) indicators, computed from the
/// simulated containers so they can be set beside the published tables: the time to clear each
/// border crossing (TFI1; a border followed by its gauge change counts as one crossing, as CPMM
/// counts the transshipment), and the speed without delay (SWOD: distance over time moving) and
/// with delay (SWD: distance over all elapsed time, stops included) per section and per country.
/// A section is a link with the node it leaves from; a country's sections are the rail and road
/// sections leaving its nodes (CPMM measures land transport; sea legs are listed per section
/// only), and its speeds are distance-weighted (total km over total hours).
/// </summary>
public static class CpmmIndicators
{
    /// <summary>One measured section.</summary>
    /// <param name="Link">The link.</param>
    /// <param name="From">The node it leaves from.</param>
    /// <param name="To">The node it leads to.</param>
    /// <param name="Containers">Containers that completed it.</param>
    /// <param name="MeanHours">Mean hours from arrival at <paramref name="From"/> to arrival at <paramref name="To"/>.</param>
    /// <param name="MeanMovingHours">Mean hours of those spent moving.</param>
    public sealed record SectionTime(NetworkLink Link, NetworkNode From, NetworkNode To, long Containers, double MeanHours, double MeanMovingHours)
    {
        /// <summary>Speed without delay, km/h.</summary>
        public double SpeedWithoutDelayKmh => Link.DistanceKm / MeanMovingHours;

        /// <summary>Speed with delay, km/h.</summary>
        public double SpeedWithDelayKmh => Link.DistanceKm / MeanHours;
    }

    /// <summary>Every section used by a stream that at least one container (of the class, when given) completed.</summary>
    public static IReadOnlyList<SectionTime> Sections(CorridorModel model, bool? priority = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new List<SectionTime>();
        var seen = new HashSet<int>();
        foreach (var route in model.Routes)
        {
            for (int i = 0; i < route.Links.Count; i++)
            {
                var link = route.Links[i];
                int section = model.SectionOf(link, forward: link.From == route.Nodes[i].Id);
                if (!seen.Add(section))
                {
                    continue;
                }

                var (n, hours, moving) = Combined(model, section, priority);
                if (n > 0)
                {
                    result.Add(new SectionTime(link, route.Nodes[i], route.Nodes[i + 1], n, hours, moving));
                }
            }
        }

        return result;
    }

    /// <summary>The indicators of a finished run, as data.</summary>
    public static CpmmResult Build(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var crossings = new List<CpmmCrossing>();
        foreach (var node in BorderNodes(model))
        {
            int index = model.NodeIndexOf(node.Id);
            var ordinary = model.Passages.Crossing(index, priority: false);
            var priority = model.Passages.Crossing(index, priority: true);
            var (n, meanHours) = model.Passages.Crossing(index);
            if (n > 0)
            {
                crossings.Add(new CpmmCrossing(node.Id, node.Country, n, meanHours, ordinary.MeanHours, priority.MeanHours, node.PriorityDwellHours is not null));
            }
        }

        var sections = Sections(model)
            .Select(s => new CpmmSection(s.Link.Id, s.From.Id, s.To.Id, s.From.Country, s.Link.DistanceKm, s.Containers, s.MeanHours, s.SpeedWithoutDelayKmh, s.SpeedWithDelayKmh)
            {
                Id = $"section:{s.Link.Id}:{(s.Link.From == s.From.Id ? "f" : "r")}",
            })
            .ToList();
        var all = Land(Sections(model));
        var ordinarySections = Land(Sections(model, priority: false));
        var prioritySections = Land(Sections(model, priority: true));
        var countries = all.Select(s => s.From.Country).Distinct()
            .Select(country => new CpmmCountry(
                country,
                all.Where(s => s.From.Country == country).Sum(s => s.Link.DistanceKm),
                Speed(all, country, moving: true),
                Speed(all, country, moving: false),
                Speed(ordinarySections, country, moving: false),
                Speed(prioritySections, country, moving: false)))
            .ToList();
        return new CpmmResult(crossings, sections, countries);
    }

    /// <summary>Border nodes on any stream's route, in network order.</summary>
    public static IEnumerable<NetworkNode> BorderNodes(CorridorModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var used = model.Routes.SelectMany(r => r.Nodes).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return model.Scenario.Network.Nodes.Where(n => n.Kind == NodeKind.Border && used.Contains(n.Id));
    }

    private static List<SectionTime> Land(IReadOnlyList<SectionTime> sections) =>
        [.. sections.Where(s => s.Link.Mode is TransportMode.Rail or TransportMode.Road)];

    /// <summary>Distance-weighted speed of a country's sections: containers × km over total hours (moving, or all).</summary>
    private static double Speed(IReadOnlyList<SectionTime> sections, string country, bool moving)
    {
        double km = 0.0;
        double hours = 0.0;
        foreach (var s in sections.Where(s => s.From.Country == country))
        {
            km += s.Containers * s.Link.DistanceKm;
            hours += s.Containers * (moving ? s.MeanMovingHours : s.MeanHours);
        }

        return hours > 0.0 ? km / hours : double.NaN;
    }

    private static (long Containers, double MeanHours, double MeanMovingHours) Combined(CorridorModel model, int section, bool? priority)
    {
        var ordinary = priority == true ? (0, 0.0, 0.0) : model.Passages.Section(section, priority: false);
        var fast = priority == false ? (0, 0.0, 0.0) : model.Passages.Section(section, priority: true);
        long n = ordinary.Containers + fast.Containers;
        return n == 0
            ? (0, double.NaN, double.NaN)
            : (n,
               ((ordinary.Containers * Zero(ordinary.MeanHours)) + (fast.Containers * Zero(fast.MeanHours))) / n,
               ((ordinary.Containers * Zero(ordinary.MeanMovingHours)) + (fast.Containers * Zero(fast.MeanMovingHours))) / n);
    }

    private static double Zero(double value) => double.IsNaN(value) ? 0.0 : value;
}
