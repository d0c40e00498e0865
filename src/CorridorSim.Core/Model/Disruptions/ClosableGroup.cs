namespace CorridorSim.Model.Disruptions;

/// <summary>
/// Several closable components closed and opened together, as one storm stops a sea crossing in
/// both directions. Members may be added until the run starts.
/// </summary>
public sealed class ClosableGroup : IClosable
{
    private readonly List<IClosable> _members = [];
    private int _depth;

    /// <summary>Components closed and opened together.</summary>
    public IReadOnlyList<IClosable> Members => _members;

    /// <inheritdoc />
    public bool IsClosed => _depth > 0;

    /// <summary>Adds <paramref name="member"/>; it shares every later closure.</summary>
    public void Add(IClosable member)
    {
        ArgumentNullException.ThrowIfNull(member);
        _members.Add(member);
    }

    /// <inheritdoc />
    public void Close()
    {
        _depth++;
        foreach (var member in _members)
        {
            member.Close();
        }
    }

    /// <inheritdoc />
    public void Open()
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("Open without a matching Close.");
        }

        _depth--;
        foreach (var member in _members)
        {
            member.Open();
        }
    }
}
