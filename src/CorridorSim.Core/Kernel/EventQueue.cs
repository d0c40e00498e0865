namespace CorridorSim.Kernel;

/// <summary>
/// The future event list: an array-backed 4-ary min-heap of <see cref="ScheduledEvent"/> keyed by
/// (time, insertion sequence). Push and pop are O(log n) and allocate only when the array grows.
/// Four children per node halve the depth of a binary heap, and a node's children lie side by
/// side in memory, so a pop touches fewer cache lines; (time, sequence) is a total order, so the
/// events come out in the same order whatever the heap's shape.
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
            int parent = (hole - 1) >> 2;
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
                int first = (hole << 2) + 1;
                if (first >= last)
                {
                    break;
                }

                // The earliest of up to four children.
                int child = first;
                int end = Math.Min(first + 4, last);
                for (int c = first + 1; c < end; c++)
                {
                    if (heap[c].RunsBefore(heap[child]))
                    {
                        child = c;
                    }
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
