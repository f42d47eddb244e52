namespace Charity.Marketplace;

/// <summary>
/// An aggregate a user can edit twice at once. <see cref="Version"/> is the optimistic concurrency token:
/// a new value is written on every save, so a stale edit fails instead of overwriting the other.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
