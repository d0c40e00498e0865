namespace CorridorSim.Charts;

/// <summary>A node's label as a flow map placed it, in pixels of the image (origin top left, y down).</summary>
/// <param name="NodeId">The node labelled.</param>
/// <param name="Text">The label's text.</param>
/// <param name="Left">Left edge of the box the label keeps clear: its background and a margin of a few pixels on the right and below.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Position">Where it sits around the node: "E", "NE", "N", "NW", "W", "SW", "S" or "SE".</param>
/// <param name="Leader">Whether it sits away from the node, joined to it by a leader line.</param>
public sealed record PlacedLabel(string NodeId, string Text, double Left, double Top, double Right, double Bottom, string Position, bool Leader)
{
    /// <summary>Whether this label's box and <paramref name="other"/>'s share any area.</summary>
    public bool Overlaps(PlacedLabel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
