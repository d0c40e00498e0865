namespace CorridorSim.Model.Disruptions;

/// <summary>
/// A component that can be closed (storm, maintenance, border shutdown). Closures nest: the
/// component reopens only when every <see cref="Close"/> has been matched by an <see cref="Open"/>,
/// so overlapping closure windows from different causes combine correctly.
/// </summary>
public interface IClosable
{
    /// <summary>Whether the component is closed now.</summary>
    bool IsClosed { get; }

    /// <summary>Starts one closure.</summary>
    void Close();

    /// <summary>Ends one closure; the component reopens when none is left.</summary>
    void Open();
}
