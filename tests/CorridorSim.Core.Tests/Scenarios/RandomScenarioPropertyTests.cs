using System.Globalization;
using System.Text;
using CorridorSim.Experiments;
using CorridorSim.Input;
using CorridorSim.Model.Corridor;
using CorridorSim.Results;
using CsCheck;

namespace CorridorSim.Tests.Scenarios;

public sealed class RandomScenarioPropertyTests
{
    /// <summary>A small random corridor: a chain of nodes, some with handling or dwell, one hop by ferry, and a few streams.</summary>
    private sealed record Spec(int Nodes, int FerryAt, int Servers, double TeuPerYear, int Streams, ulong Seed, bool Storms, int Batch);

    private static readonly Gen<Spec> Specs =
        Gen.Select(Gen.Int[3, 7], Gen.Int[0, 5], Gen.Int[1, 4], Gen.Double[500, 20_000], Gen.Int[1, 3], Gen.ULong, Gen.Bool, Gen.Int[1, 30])
            .Select(t => new Spec(t.Item1, t.Item2 % (t.Item1 - 1), t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    [Fact]
    public void Random_small_scenarios_conserve_cargo_and_repeat_exactly()
    {
        Specs.Sample(spec =>
        {
            string folder = WriteNetwork(spec);
            CorridorSim.Scenarios.Scenario scenario;
            try
            {
                scenario = ScenarioLoader.LoadFromText("random.json", ScenarioJson(spec), folder).ValueOrThrow();
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            // A run checks generated = delivered + in system + rejected at its end and throws otherwise.
            var first = ScenarioRunner.Run(scenario);
            var second = ScenarioRunner.Run(scenario);

            Assert.Equal(RunResultJson.Write(first), RunResultJson.Write(second));
            Assert.Equal(first.Cargo.GeneratedContainers, first.Cargo.DeliveredContainers + first.Cargo.InSystemContainers + first.Cargo.RejectedContainers);
        }, iter: 25);
    }

    private static string WriteNetwork(Spec spec)
    {
        var inv = CultureInfo.InvariantCulture;
        var nodes = new StringBuilder();
        var links = new StringBuilder();
        for (int i = 0; i < spec.Nodes; i++)
        {
            string kind = i == 0 ? "origin" : i == spec.Nodes - 1 ? "destination" : (i % 3) switch { 0 => "port", 1 => "border", _ => "gauge_change" };
            string extra = kind switch
            {
                "port" => string.Create(inv, $", \"servers\": {spec.Servers}, \"handlingHoursPerTeu\": {{ \"dist\": \"exponential\", \"mean\": 0.2 }}"),
                "border" => ", \"dwellHours\": { \"dist\": \"lognormal\", \"mean\": 10, \"sd\": 5 }, \"priorityDwellHours\": { \"dist\": \"triangular\", \"min\": 1, \"mode\": 2, \"max\": 6 }",
                "gauge_change" => ", \"capacityTeuPerDay\": 400, \"dwellHours\": 4",
                _ => string.Empty,
            };
            nodes.Append(string.Create(inv, $"{{ \"id\": \"n{i}\", \"name\": \"N{i}\", \"country\": \"KZ\", \"kind\": \"{kind}\", \"lat\": 45, \"lon\": {50 + i}{extra}, \"sources\": [\"S01\"] }},\n"));
            if (i > 0)
            {
                string link = i - 1 == spec.FerryAt
                    ? string.Create(inv, $"\"mode\": \"ferry\", \"distanceKm\": 400, \"crossingHours\": {{ \"dist\": \"triangular\", \"min\": 18, \"mode\": 22, \"max\": 30 }}, \"fleet\": 2, \"vesselCapacityTeu\": 120, {(spec.Seed % 3 == 0 ? "\"timetable\": { \"everyHours\": 48, \"firstHour\": 5 }" : "\"maxWaitHours\": 48")}{(spec.Storms ? ", \"weather\": { \"closuresPerMonth\": [2,2,1,1,0,0,0,0,0,1,2,2], \"durationHours\": 48 }" : string.Empty)}")
                    : "\"mode\": \"rail\", \"distanceKm\": 600, \"speedKmh\": 40, \"trainCapacityTeu\": 80, \"maxWaitHours\": 24";
                links.Append(string.Create(inv, $"{{ \"id\": \"l{i}\", \"from\": \"n{i - 1}\", \"to\": \"n{i}\", {link}, \"sources\": [\"S01\"] }},\n"));
            }
        }

        string folder = Directory.CreateTempSubdirectory("corridorsim-prop-").FullName;
        File.WriteAllText(Path.Combine(folder, "net.json"), $"{{ \"name\": \"random\", \"nodes\": [{nodes}], \"links\": [{links}] }}");
        return folder;
    }

    private static string ScenarioJson(Spec spec)
    {
        var inv = CultureInfo.InvariantCulture;

        // The seed also picks each stream's arrival pattern and priority, so both vary across samples.
        var streams = Enumerable.Range(0, spec.Streams).Select(s => string.Create(inv,
            $"{{ \"id\": \"s{s}\", \"origin\": \"n0\", \"destination\": \"n{spec.Nodes - 1}\", \"teuPerYear\": {spec.TeuPerYear / spec.Streams}, \"containersPerShipment\": {spec.Batch}, \"arrivals\": \"{((spec.Seed >> s) % 2 == 0 ? "scheduled" : "poisson")}\", \"priority\": {((spec.Seed >> (s + 4)) % 2 == 0 ? "true" : "false")}, \"seasonality\": [1,1,2,2,1,1,1,1,1,1,0.5,0.5], \"sources\": [\"S01\"] }}"));
        return string.Create(inv, $"{{ \"name\": \"random\", \"network\": \"net.json\", \"seed\": {spec.Seed % 1_000_000}, \"years\": 0.25, \"warmUpDays\": 20, \"streams\": [{string.Join(",", streams)}] }}");
    }
}
