namespace CorridorSim.Model.Cargo;

/// <summary>
/// Something cargo can be handed to: a station, a carrier service, a delay, a sink.
/// A receiver with no room refuses; the sender then keeps the unit and asks to be told when
/// room frees (blocking), or rejects it if it is a source.
/// </summary>
public interface ICargoReceiver
{
    /// <summary>Takes cargo unit <paramref name="cargo"/> if there is room; false leaves it with the sender.</summary>
    bool TryAccept(int cargo);

    /// <summary>
    /// Registers <paramref name="sender"/> to be called once when room frees up. Senders are told
    /// in the order they registered.
    /// </summary>
    void NotifyWhenRoom(IRoomListener sender);
}
