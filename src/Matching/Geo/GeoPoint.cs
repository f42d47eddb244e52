namespace Charity.Matching.Geo;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public readonly record struct GeoPoint
{
    /// <summary>The IUGG mean Earth radius, used by every distance and grid computation here.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    /// <summary>cos φ, the one factor of the haversine formula that depends on one point alone.</summary>
    internal double CosineOfLatitude => Math.Cos(ToRadians(Latitude));

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double DistanceKmTo(GeoPoint other) => DistanceKmTo(other, CosineOfLatitude, other.CosineOfLatitude);

    /// <summary>The same distance to the last bit, with the <see cref="CosineOfLatitude"/> of both points already known.</summary>
    internal double DistanceKmTo(GeoPoint other, double cosineOfLatitude, double otherCosineOfLatitude)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + cosineOfLatitude * otherCosineOfLatitude * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
