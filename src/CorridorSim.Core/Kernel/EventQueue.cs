namespace CorridorSim.Kernel;

/// <summary>
/// The future event list: an array-backed binary min-heap of <see cref="ScheduledEvent"/> keyed by
/// (time, insertion sequence). Push and pop are O(log n) and allocate only when the array grows.
/// </summary>
internal sealed class EventQueue
{
    private ScheduledEvent[] _heap = new ScheduledEvent[64];
    private int _count;

    public int Count => _count;

    public void Push(in ScheduledEvent item)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        // Sift up with a hole instead of swaps: one write per level.
        var heap = _heap;
        int hole = _count++;
        while (hole > 0)
        {
            int parent = (hole - 1) >> 1;
            if (!item.RunsBefore(heap[parent]))
            {
                break;
            }

            heap[hole] = heap[parent];
            hole = parent;
        }

        heap[hole] = item;
    }

    public void Pop(out ScheduledEvent top)
    {
        var heap = _heap;
        top = heap[0];
        int last = --_count;
        if (last > 0)
        {
            var moved = heap[last];
            int hole = 0;
            while (true)
            {
                int child = (hole << 1) + 1;
                if (child >= last)
                {
                    break;
                }

                if (child + 1 < last && heap[child + 1].RunsBefore(heap[child]))
                {
                    child++;
                }

                if (!heap[child].RunsBefore(moved))
                {
                    break;
                }

                heap[hole] = heap[child];
                hole = child;
            }

            heap[hole] = moved;
        }
    }

    public double PeekTime() => _heap[0].Time;
}
