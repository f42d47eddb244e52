using Charity.Matching.Geo;

namespace Charity.Matching.Indexing;

/// <summary>
/// What scoring an entry reads, kept together (56 bytes) because it is read only for the few entries a scan lets
/// through, each at a place of its own in memory: one cache miss rather than one per field.
/// </summary>
internal readonly record struct ExactEntry(Guid Id, GeoPoint Location, double RadiusKm, double StaticFactor)
{
    public double CosineOfLatitude { get; } = Location.CosineOfLatitude;
}
