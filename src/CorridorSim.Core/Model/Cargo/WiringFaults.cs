using System.Diagnostics.CodeAnalysis;

namespace CorridorSim.Model.Cargo;

/// <summary>
/// Throws for a model wired wrongly (a component with nothing to hand cargo to, an event of a
/// kind it never schedules). The message is built here, not where it is thrown from: a method
/// that formats a message carries the formatter's state in its stack frame, which is cleared on
/// every call, and the components that throw these hand on millions of containers a run.
/// </summary>
internal static class WiringFaults
{
    /// <summary>Throws: the <paramref name="kind"/> of component (e.g. "Delay") with id <paramref name="id"/> has no Next receiver; <paramref name="detail"/> follows the message.</summary>
    [DoesNotReturn]
    public static ICargoReceiver NoNext(string kind, string id, string? detail = null) =>
        throw new InvalidOperationException($"{kind} '{id}' has no Next receiver{detail}.");

    /// <summary>Throws: component <paramref name="id"/> got an event of a kind it does not schedule.</summary>
    [DoesNotReturn]
    public static void UnknownEvent(int kind, string id) =>
        throw new InvalidOperationException($"Unknown event kind {kind} at '{id}'.");

    /// <summary>Throws: router <paramref name="id"/> has no route for <paramref name="stream"/>.</summary>
    [DoesNotReturn]
    public static ICargoReceiver NoRoute(string id, int stream) =>
        throw new InvalidOperationException($"Router '{id}' has no route for stream {stream}.");

    /// <summary>Throws: container <paramref name="cargo"/> reached node <paramref name="node"/>, which its route does not pass.</summary>
    [DoesNotReturn]
    public static void NotOnRoute(string id, int node, int cargo) =>
        throw new InvalidOperationException($"'{id}': node {node} is not on the route of container {cargo}.");
}
