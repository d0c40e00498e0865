namespace CorridorSim.Kernel;

/// <summary>
/// A growable FIFO over a power-of-two array (index by mask, not division); allocates only when it
/// grows past its largest size so far.
/// </summary>
internal sealed class RingBuffer<T>
{
    private T[] _items;
    private int _head;

    public RingBuffer(int capacity = 16) => _items = new T[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, capacity))];

    public int Count { get; private set; }

    public ref T this[int index] => ref _items[(_head + index) & (_items.Length - 1)];

    public void Enqueue(in T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[(_head + Count) & (_items.Length - 1)] = item;
        Count++;
    }

    public T Dequeue()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("The queue is empty.");
        }

        var item = _items[_head];
        _items[_head] = default!;
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return item;
    }

    public ref T PeekFirst()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("The queue is empty.");
        }

        return ref _items[_head];
    }

    private void Grow()
    {
        var bigger = new T[_items.Length * 2];
        for (int i = 0; i < Count; i++)
        {
            bigger[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = bigger;
        _head = 0;
    }
}
