using Charity.Marketplace.Localization;
using Charity.Matching.Geo;

namespace Charity.Marketplace.Regions;

/// <summary>A node of the region hierarchy, identified by its administrative division code.</summary>
public sealed class Region
{
    private Region()
    {
        Code = string.Empty;
        Name = new LocalizedText(string.Empty, string.Empty);
    }

    public Region(string code, LocalizedText name, RegionLevel level, GeoPoint centre, Region? parent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(name);
        if (parent is not null && parent.Level + 1 != level)
        {
            throw new ArgumentException($"A {level} cannot sit directly under a {parent.Level}.", nameof(parent));
        }

        if (parent is null && level != RegionLevel.City)
        {
            throw new ArgumentException("Only a city may have no parent.", nameof(parent));
        }

        Id = Guid.CreateVersion7();
        Code = code;
        Name = name;
        Level = level;
        Latitude = centre.Latitude;
        Longitude = centre.Longitude;
        Parent = parent;
        ParentId = parent?.Id;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public LocalizedText Name { get; private set; }

    public RegionLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    public Region? Parent { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public GeoPoint Centre => new(Latitude, Longitude);
}
