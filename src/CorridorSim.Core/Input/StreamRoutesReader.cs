using System.Globalization;
using System.Text.Json;
using CorridorSim.Model.Network;
using CorridorSim.Routing;
using CorridorSim.Scenarios;

namespace CorridorSim.Input;

/// <summary>
/// Reads and checks a stream's <c>routes</c> (a list of routes, each through its own
/// <c>via</c>, or <c>{ "best": k }</c>) and its <c>choice</c> (fixed <c>shares</c> or a
/// <c>logit</c>), reporting every mistake with its JSON path and a fix.
/// </summary>
internal static class StreamRoutesReader
{
    /// <summary>More routes than this for one stream is a typo, not a choice set.</summary>
    public const int MaxRoutes = 20;

    private const string RoutesExample = "write e.g. \"routes\": [{ \"via\": [\"…\"] }, { \"via\": [\"…\"] }], or \"routes\": { \"best\": 3 }.";

    private static readonly Dictionary<string, RouteChoiceRule> Rules = new(StringComparer.Ordinal)
    {
        ["shares"] = RouteChoiceRule.Shares,
        ["logit"] = RouteChoiceRule.Logit,
    };

    private static readonly string[] LogitOnly = ["theta", "updateDays", "memoryDays", "pathSize"];

    /// <summary>Reads <c>routes</c> and <c>choice</c> of the stream read by <paramref name="s"/> into <paramref name="stream"/>, checking how they fit together.</summary>
    public static DemandStream Read(JsonObjectReader s, DemandStream stream)
    {
        bool given = s.Value("routes") is not null;
        var (routes, best) = ReadRoutes(s);
        var choice = ReadChoice(s);
        stream = stream with { Routes = routes, BestRoutes = best, Choice = choice };
        if (given && stream.Via.Count > 0)
        {
            s.File.Error(s.PathOf("routes"), $"stream \"{stream.Id}\" gives both \"via\" and \"routes\"; with \"routes\" each route gives its own \"via\".", "move the via stops into the routes, or remove \"via\" (in an override of an inherited stream: \"via\": null).");
        }

        // When the routes are wrong (and reported), whether the choice fits them cannot be told.
        int count = stream.RouteCount;
        if (given && routes.Count == 0 && best is null)
        {
            return stream;
        }

        if (count > 1 && choice is null)
        {
            s.File.Error(s.Path, $"stream \"{stream.Id}\" has {count} routes but no \"choice\" to share its shipments among them.", "add \"choice\": { \"rule\": \"shares\", \"shares\": [ one share per route ] } or \"choice\": { \"rule\": \"logit\", \"theta\": 0.01 }.");
        }
        else if (choice is not null && count < 2)
        {
            s.File.Error(s.PathOf("choice"), $"\"choice\" shares shipments among several routes, but stream \"{stream.Id}\" has one.", "give the routes in \"routes\", or remove \"choice\" (in an override: \"choice\": null).");
        }
        else if (choice is { Rule: RouteChoiceRule.Shares } && choice.Shares.Count > 0 && choice.Shares.Count != count)
        {
            s.File.Error($"{s.PathOf("choice")}.shares", $"gives {choice.Shares.Count} shares for {count} routes.", "give one share per route, in the order of \"routes\" (best first for \"best\").");
        }

        return stream;
    }

    /// <summary>
    /// Checks <paramref name="s"/>'s routes against <paramref name="network"/>: known nodes and
    /// links, a simple route for each, no route twice, and as many best routes as asked for.
    /// </summary>
    public static void Check(TransportNetwork network, RouteFinder finder, DemandStream s, string path, InputFile file, IReadOnlyList<string> nodesAndLinks)
    {
        if (s.BestRoutes is BestRoutes best)
        {
            var corridors = network.Links.Select(l => l.Corridor).OfType<string>().Where(c => c != "access").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (best.Corridor is string corridor && !corridors.Contains(corridor))
            {
                file.Error($"{path}.routes.corridor", $"unknown route family \"{corridor}\".", DidYouMean.Hint(corridor, corridors, "route families (link \"corridor\" labels)"));
                return;
            }

            int found = finder.Best(s.Origin, s.Destination, best.Count, best.Corridor).Count;
            if (found < best.Count)
            {
                string within = best.Corridor is null ? string.Empty : $" in route family \"{best.Corridor}\"";
                file.Error($"{path}.routes.best", $"\"best\": {best.Count} asks for {best.Count} routes, but the network has {(found == 0 ? "no" : $"only {found}")} simple route{(found == 1 ? string.Empty : "s")} from \"{s.Origin}\" to \"{s.Destination}\"{within}.", found == 0 ? "check that the nodes are connected, or remove \"corridor\"." : $"ask for {found} or fewer, or list the routes in \"routes\".");
            }

            return;
        }

        var seen = new List<(int Index, Route Route)>();
        for (int r = 0; r < s.Routes.Count; r++)
        {
            var via = s.Routes[r].Via;
            bool known = true;
            for (int j = 0; j < via.Count; j++)
            {
                if (!network.HasNode(via[j]) && !network.HasLink(via[j]))
                {
                    file.Error($"{path}.routes[{r}].via[{j}]", $"unknown node or link \"{via[j]}\".", DidYouMean.Hint(via[j], [.. nodesAndLinks], "node or link ids"));
                    known = false;
                }
            }

            if (!known)
            {
                continue;
            }

            if (finder.Path(s.Origin, via, s.Destination) is not Route route)
            {
                file.Error($"{path}.routes[{r}]", $"route {r + 1} of stream \"{s.Id}\" has no simple route from \"{s.Origin}\" via {string.Join(", ", via.Select(v => $"\"{v}\""))} to \"{s.Destination}\".", "check the order of its \"via\", or that the nodes are connected.");
                continue;
            }

            if (seen.FirstOrDefault(x => x.Route.Links.SequenceEqual(route.Links) && x.Route.Nodes.SequenceEqual(route.Nodes)) is { Route: not null } same)
            {
                file.Error($"{path}.routes[{r}]", $"route {r + 1} of stream \"{s.Id}\" is the same route as route {same.Index + 1} ({route.Via}).", "give each route via stops that set it apart; a link id picks one of several services between the same places.");
                continue;
            }

            seen.Add((r, route));
        }
    }

    private static (IReadOnlyList<StreamRoute> Routes, BestRoutes? Best) ReadRoutes(JsonObjectReader s)
    {
        if (s.Value("routes") is not JsonElement value)
        {
            return ([], null);
        }

        string path = s.PathOf("routes");
        if (value.ValueKind == JsonValueKind.Object)
        {
            var o = new JsonObjectReader(value, path, s.File);
            int? k = o.Integer("best", required: true, min: 1);
            string? corridor = o.String("corridor");
            o.ReportUnknownProperties();
            if (k > MaxRoutes)
            {
                s.File.Error($"{path}.best", string.Create(CultureInfo.InvariantCulture, $"{k} routes is more than the {MaxRoutes} a stream may have."), string.Create(CultureInfo.InvariantCulture, $"ask for at most {MaxRoutes}; a handful of routes covers the choices that matter."));
                return ([], null);
            }

            return ([], k is int count ? new BestRoutes(count) { Corridor = corridor } : null);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            s.File.Error(path, $"expected a list of routes or {{ \"best\": k }} but found {JsonObjectReader.Describe(value)}.", RoutesExample);
            return ([], null);
        }

        var routes = new List<StreamRoute>();
        int i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (JsonObjectReader.ForObject(item, $"{path}[{i++}]", s.File) is JsonObjectReader r)
            {
                var route = new StreamRoute(r.StringList("via") ?? []) { Name = r.String("name") };
                r.ReportUnknownProperties();
                routes.Add(route);
            }
        }

        if (i == 0)
        {
            s.File.Error(path, "needs at least one route.", RoutesExample);
        }
        else if (i > MaxRoutes)
        {
            s.File.Error(path, string.Create(CultureInfo.InvariantCulture, $"{i} routes is more than the {MaxRoutes} a stream may have."), "keep the routes that matter.");
        }

        return (routes, null);
    }

    private static RouteChoice? ReadChoice(JsonObjectReader s)
    {
        if (s.Object("choice") is not JsonObjectReader c)
        {
            return null;
        }

        var rule = c.Enum("rule", Rules, required: true);
        var choice = new RouteChoice(rule ?? RouteChoiceRule.Shares)
        {
            Shares = c.NumberList("shares", min: 0) ?? [],
            Theta = c.Number("theta", required: rule == RouteChoiceRule.Logit, min: 0, unit: "per USD per TEU") ?? 0.0,
            UpdateDays = c.Number("updateDays", min: 0, exclusiveMin: true, unit: "days") ?? 1.0,
            MemoryDays = c.Number("memoryDays", min: 0, exclusiveMin: true, unit: "days") ?? 7.0,
            PathSize = c.Bool("pathSize") ?? false,
        };
        c.ReportUnknownProperties();
        if (rule == RouteChoiceRule.Shares)
        {
            foreach (string name in LogitOnly.Where(c.Has))
            {
                c.File.Error(c.PathOf(name), $"\"{name}\" is a setting of the logit rule, and this choice uses fixed shares.", "remove it, or set \"rule\": \"logit\".");
            }

            double sum = choice.Shares.Sum();
            if (c.Value("shares") is not JsonElement shares)
            {
                c.File.Error(c.Path, "missing required property \"shares\" for \"rule\": \"shares\".", "add \"shares\": [ one share per route, adding up to 1 ], e.g. [0.6, 0.4].");
            }
            else if (shares.ValueKind == JsonValueKind.Array && shares.GetArrayLength() == 0)
            {
                c.File.Error(c.PathOf("shares"), "needs one share per route; it is empty.", "give each route's share of the shipments as a fraction, e.g. [0.6, 0.4].");
            }
            else if (choice.Shares.Count > 0 && Math.Abs(sum - 1.0) > 1e-6)
            {
                c.File.Error(c.PathOf("shares"), string.Create(CultureInfo.InvariantCulture, $"the shares add up to {sum:0.######}; they must add up to 1."), "give each route's share of the shipments as a fraction, e.g. [0.6, 0.4].");
            }
        }
        else if (rule == RouteChoiceRule.Logit && c.Has("shares"))
        {
            c.File.Error(c.PathOf("shares"), "\"shares\" are the fixed shares of the shares rule, and this choice uses the logit.", "remove \"shares\" (in an override: \"shares\": null), or set \"rule\": \"shares\".");
        }

        return choice;
    }
}
