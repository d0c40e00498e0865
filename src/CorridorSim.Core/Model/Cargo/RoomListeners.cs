using CorridorSim.Kernel;

namespace CorridorSim.Model.Cargo;

/// <summary>The FIFO of blocked senders waiting for room at one receiver.</summary>
internal sealed class RoomListeners
{
    private readonly RingBuffer<IRoomListener> _waiting = new(4);

    /// <summary>Senders waiting to be told.</summary>
    public int Count => _waiting.Count;

    public void Add(IRoomListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        _waiting.Enqueue(listener);
    }

    /// <summary>Tells the longest-waiting sender there is room; false when nobody waits.</summary>
    public bool NotifyOne()
    {
        if (_waiting.Count == 0)
        {
            return false;
        }

        _waiting.Dequeue().OnRoomAvailable();
        return true;
    }
}
