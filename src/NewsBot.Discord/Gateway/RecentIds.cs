namespace NewsBot.Discord.Gateway;

/// <summary>The last few message ids answered, so an event replayed after a resume is not answered twice.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _set = [];
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>False when the id was seen already.</summary>
    public bool Add(string id)
    {
        lock (_lock)
        {
            if (!_set.Add(id))
                return false;
            _order.Enqueue(id);
            if (_order.Count > capacity)
                _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
