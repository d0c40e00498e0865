using CorridorSim.Kernel;
using CorridorSim.Model.Network;
using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Model.Corridor;

/// <summary>
/// The traffic a scenario plans on each link direction, at its peak month, and the trains a line
/// without published slots is given from it where storage is bounded: enough for three times the
/// peak TEU a day plus two part-loaded trains a day over the round trip, and two more
/// (EST-TRAIN-POOL).
/// A fixed large pool would let trains held at a full terminal pile up on the lines without end.
/// </summary>
internal sealed class PlannedTraffic
{
    private readonly Dictionary<(NetworkLink Link, bool Forward), double> _peakTeuPerDay = [];

    public PlannedTraffic(Scenario scenario, IReadOnlyList<Route> routes, RouteLanes lanes)
    {
        for (int s = 0; s < routes.Count; s++)
        {
            // A stream with several routes might send all of it on any one: each lane plans for the whole stream.
            var stream = scenario.Streams[lanes.StreamOf(s)];
            double weighted = Enumerable.Range(0, 12).Sum(m => stream.Seasonality[m] * SimCalendar.HoursInMonth(m)) / SimCalendar.HoursPerYear;
            double peak = stream.TeuPerYear / 365.0 * stream.Seasonality.Max() / weighted;
            var route = routes[s];
            for (int i = 0; i < route.Links.Count; i++)
            {
                var key = (route.Links[i], route.Links[i].From == route.Nodes[i].Id);
                _peakTeuPerDay[key] = _peakTeuPerDay.GetValueOrDefault(key) + peak;
            }
        }
    }

    /// <summary>TEU a day the scenario plans on <paramref name="link"/> in one direction, at each stream's peak month.</summary>
    public double PeakTeuPerDay(NetworkLink link, bool forward) => _peakTeuPerDay.GetValueOrDefault((link, forward));

    /// <summary>Trains for a line without slots: ⌈round trip days × (3 × peak TEU a day ÷ train TEU + 2)⌉ + 2.</summary>
    public int Trains(NetworkLink link, bool forward, int trainTeu, double movingHours) =>
        (int)Math.Ceiling(2.0 * movingHours / 24.0 * ((3.0 * PeakTeuPerDay(link, forward) / trainTeu) + 2.0)) + 2;
}
