namespace Charity.Portal.Blazor.Maps;

/// <summary>A labelled point on an offer map: an offer's marker or a reference point such as a district centre.</summary>
public sealed record MapPoint(string Id, double Lat, double Lon, string Label);
