using CorridorSim.Kernel;
using CorridorSim.Tests.TestSupport;

namespace CorridorSim.Tests.Kernel;

public sealed class SimulationTests
{
    [Fact]
    public void Equal_time_events_run_in_insertion_order()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        for (int i = 0; i < 100; i++)
        {
            recorder.At(5.0, i);
        }

        sim.RunUntilStopped();

        Assert.Equal(Enumerable.Range(0, 100), recorder.Received.Select(e => e.Argument));
    }

    [Fact]
    public void Events_run_in_time_order_whatever_order_they_were_scheduled_in()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        double[] times = [7.5, 1.0, 3.25, 0.0, 9.0, 3.0, 2.0];
        for (int i = 0; i < times.Length; i++)
        {
            recorder.At(times[i], i);
        }

        sim.RunUntilStopped();

        Assert.Equal(times.Order(), recorder.Received.Select(e => e.Time));
        Assert.Equal(times.Length, sim.EventsExecuted);
    }

    [Fact]
    public void Run_until_a_time_runs_events_at_that_time_and_leaves_the_clock_there()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        recorder.At(10.0, 1);
        recorder.At(20.0, 2);
        recorder.At(20.5, 3);

        sim.Run(new SimTime(20.0));

        Assert.Equal([1, 2], recorder.Received.Select(e => e.Argument));
        Assert.Equal(new SimTime(20.0), sim.Now);
        Assert.Equal(1, sim.PendingEvents);
    }

    [Fact]
    public void Run_with_an_event_limit_stops_at_the_limit_with_the_clock_at_the_last_event_and_goes_on_from_there()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        for (int i = 1; i <= 10; i++)
        {
            recorder.At(i, i);
        }

        Assert.False(sim.Run(new SimTime(100.0), eventLimit: 4));
        Assert.Equal(4, sim.EventsExecuted);
        Assert.Equal(4.0, sim.NowHours);

        Assert.True(sim.Run(new SimTime(100.0), eventLimit: 100));
        Assert.Equal(Enumerable.Range(1, 10), recorder.Received.Select(e => e.Argument));
        Assert.Equal(100.0, sim.NowHours);
    }

    [Fact]
    public void Run_until_a_time_past_the_last_event_advances_the_clock_to_that_time()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        recorder.At(3.0, 1);

        sim.Run(new SimTime(100.0));

        Assert.Equal(100.0, sim.NowHours);
    }

    [Fact]
    public void Stop_returns_after_the_event_being_executed()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r") { StopOnArgument = 2 };
        recorder.At(1.0, 1);
        recorder.At(2.0, 2);
        recorder.At(3.0, 3);

        sim.RunUntilStopped();

        Assert.Equal([1, 2], recorder.Received.Select(e => e.Argument));
        Assert.Equal(2.0, sim.NowHours);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_undefined_delay_is_refused(double delay)
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");

        Assert.Throws<ArgumentOutOfRangeException>(() => recorder.At(delay, 0));
    }

    [Fact]
    public void Two_components_with_the_same_id_are_refused()
    {
        var sim = new Simulation(1);
        _ = new EventRecorder(sim, "twin");

        Assert.Throws<ArgumentException>(() => new EventRecorder(sim, "twin"));
    }

    [Fact]
    public void The_event_list_keeps_heap_order_through_many_random_pushes_and_pops()
    {
        var sim = new Simulation(1);
        var recorder = new EventRecorder(sim, "r");
        var random = new Random(12345);
        for (int i = 0; i < 5000; i++)
        {
            recorder.At(Math.Floor(random.NextDouble() * 200.0), i);
        }

        sim.RunUntilStopped();

        var received = recorder.Received;
        Assert.Equal(5000, received.Count);
        for (int i = 1; i < received.Count; i++)
        {
            Assert.True(
                received[i - 1].Time < received[i].Time ||
                (received[i - 1].Time == received[i].Time && received[i - 1].Argument < received[i].Argument),
                $"events {i - 1} and {i} out of (time, insertion) order");
        }
    }
}
