using CorridorSim.Kernel;
using CorridorSim.Model.Cargo;
using CorridorSim.Model.Corridor;
using CorridorSim.Model.Links;
using CorridorSim.Model.Nodes;
using CorridorSim.Results;
using CorridorSim.Scenarios;

namespace CorridorSim.Experiments;

/// <summary>
/// Runs one scenario once: builds its model, simulates the warm-up and the measured years week
/// by week (sampling queues, yards and the origins' backlogs at each week's end, checking for cancellation, reporting
/// progress), checks that cargo is conserved and returns the <see cref="RunResult"/>. The one
/// entry point for a single run, for the command line, experiments and scripts alike.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs <paramref name="scenario"/> with <paramref name="seed"/> (the scenario's when null).</summary>
    /// <param name="scenario">The scenario, as loaded.</param>
    /// <param name="seed">Run seed; the scenario's when null.</param>
    /// <param name="options">Shipment log and progress; none by default.</param>
    /// <param name="cancellationToken">Checked at the end of every simulated week.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is returned.</exception>
    /// <exception cref="RunFailedException">The simulator failed; it names the scenario and seed to reproduce it.</exception>
    /// <exception cref="RunStoppedException">A limit in <paramref name="options"/> stopped the run within its warm-up: nothing was measured. Stopped later, the run returns its results so far, marked partial.</exception>
    public static RunResult Run(Scenario scenario, ulong? seed = null, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Guarded(scenario, seed ?? scenario.Seed, () => Run(new CorridorModel(scenario, seed), options, cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="scenario"/> with <paramref name="seed"/> along <paramref name="routes"/>,
    /// found beforehand by <see cref="CorridorModel.PlanRoutes"/> and shared by every run of the
    /// scenario, as an experiment's replications share them: the same result as without them,
    /// without finding the routes again for each run.
    /// </summary>
    /// <param name="scenario">The scenario, as loaded.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="routes">The scenario's routes, from <see cref="CorridorModel.PlanRoutes"/>.</param>
    /// <param name="options">Shipment log and progress; none by default.</param>
    /// <param name="cancellationToken">Checked at the end of every simulated week.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing is returned.</exception>
    /// <exception cref="RunFailedException">The simulator failed; it names the scenario and seed to reproduce it.</exception>
    /// <exception cref="RunStoppedException">A limit in <paramref name="options"/> stopped the run within its warm-up.</exception>
    public static RunResult Run(Scenario scenario, ulong seed, IReadOnlyList<Routing.Route> routes, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(routes);
        return Guarded(scenario, seed, () => Run(new CorridorModel(scenario, seed, routes), options, cancellationToken));
    }

    /// <summary>Runs <paramref name="run"/>; a fault other than cancellation comes out as a <see cref="RunFailedException"/> naming the scenario and seed.</summary>
    private static RunResult Guarded(Scenario scenario, ulong seed, Func<RunResult> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is not OperationCanceledException and not RunFailedException and not RunStoppedException)
        {
            throw new RunFailedException(scenario.Name, scenario.File, seed, e);
        }
    }

    /// <summary>Runs a model built but not yet run, and returns its result.</summary>
    internal static RunResult Run(CorridorModel model, RunOptions? options, CancellationToken cancellationToken)
    {
        var simulation = model.Simulation;
        var scenario = model.Scenario;
        double warmUp = scenario.WarmUpDays * 24.0;
        double end = warmUp + (scenario.Years * SimCalendar.HoursPerYear);
        if (options?.OnShipment is Action<ShipmentRecord> onShipment)
        {
            Subscribe(model, onShipment, warmUp);
        }

        var limits = options?.Limits;
        string? stopped = null;
        for (double t = 0.0; t < warmUp;)
        {
            t = Math.Min(t + SimCalendar.HoursPerWeek, warmUp);
            bool reached = Advance(simulation, t, limits, ref stopped, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (!reached)
            {
                throw new RunStoppedException(scenario.Name, simulation.NowHours / 24.0, scenario.WarmUpDays, simulation.EventsExecuted, stopped!);
            }

            options?.Progress?.Report(t / end);
        }

        simulation.ResetStatistics();
        var sampler = new WeeklySampler(simulation, warmUp);
        while (sampler.SampledUntil < end)
        {
            double previous = sampler.SampledUntil;
            double t = Math.Min(previous + SimCalendar.HoursPerWeek, end);
            bool reached = Advance(simulation, t, limits, ref stopped, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            // Stopped early, the last week ends at the last event.
            sampler.Sample(simulation.Now, reached ? t : simulation.NowHours);
            if (!reached)
            {
                if (sampler.SampledUntil <= warmUp)
                {
                    throw new RunStoppedException(scenario.Name, sampler.SampledUntil / 24.0, scenario.WarmUpDays, simulation.EventsExecuted, stopped!);
                }

                break;
            }

            options?.Progress?.Report(t / end);
        }

        simulation.CheckCargoConservation();
        var series = sampler.Series();
        return stopped is null
            ? RunResultBuilder.Build(model, series)
            : RunResultBuilder.Build(model, series, (sampler.SampledUntil - warmUp) / SimCalendar.HoursPerYear, stopped);
    }

    /// <summary>
    /// Simulates up to <paramref name="until"/> within <paramref name="limits"/>, checking the early
    /// stop and <paramref name="cancellationToken"/> every <see cref="RunLimits.CheckEveryEvents"/> events; false, with why in
    /// <paramref name="stopped"/>, when a limit ended it first.
    /// </summary>
    private static bool Advance(Simulation simulation, double until, RunLimits? limits, ref string? stopped, CancellationToken cancellationToken)
    {
        long most = limits?.MaxEvents ?? long.MaxValue;
        while (true)
        {
            // Checked between slices too, not only at the end of each simulated week: a week can take long.
            cancellationToken.ThrowIfCancellationRequested();
            long executed = simulation.EventsExecuted;
            if (limits is not null && limits.StopEarly.IsCancellationRequested)
            {
                stopped = limits.StopEarlyReason;
                return false;
            }

            if (executed >= most)
            {
                stopped = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it reached its limit of {most:N0} events");
                return false;
            }

            long slice = most - executed > RunLimits.CheckEveryEvents ? executed + RunLimits.CheckEveryEvents : most;

            // Short of the slice's end, it reached the time (or a component stopped it, as without limits).
            if (simulation.Run(new SimTime(until), slice) || simulation.EventsExecuted < slice)
            {
                return true;
            }
        }
    }

    private static void Subscribe(CorridorModel model, Action<ShipmentRecord> onShipment, double measuredFrom)
    {
        var cargo = model.Simulation.Cargo;
        var streams = model.Scenario.Streams;
        foreach (var destination in model.Destinations.Values)
        {
            destination.OnDelivered = (unit, now) =>
            {
                if (now < measuredFrom)
                {
                    // Deliveries during the warm-up are not part of the results.
                    return;
                }

                int tag = cargo.Tag(unit);
                int lane = CargoTag.Stream(tag);
                onShipment(new ShipmentRecord(streams[model.Lanes.StreamOf(lane)].Id, CargoTag.Teu(tag), cargo.CreatedAt(unit), now, cargo.Breakdown(unit).ToArray()) { Route = model.Lanes.RouteOf(lane) + 1 });
            };
        }
    }
}
