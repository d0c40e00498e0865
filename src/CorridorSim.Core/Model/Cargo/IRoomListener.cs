namespace CorridorSim.Model.Cargo;

/// <summary>A sender blocked by a full receiver; told when the receiver has room again.</summary>
public interface IRoomListener
{
    /// <summary>Called by the receiver when it may accept again; the sender retries its held units.</summary>
    void OnRoomAvailable();
}
