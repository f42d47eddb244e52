namespace Charity.Marketplace.Rewards;

/// <summary>
/// The points a volunteer has earned for the services of one day, against the daily cap. Its version makes two
/// payments for the same day that race each other conflict, so together they never pass the cap.
/// </summary>
public sealed class VolunteerDay : IVersioned
{
    private VolunteerDay()
    {
    }

    public VolunteerDay(Guid volunteerId, DateOnly serviceDate)
    {
        VolunteerId = volunteerId;
        ServiceDate = serviceDate;
        Version = Guid.NewGuid();
    }

    public Guid VolunteerId { get; private set; }

    public DateOnly ServiceDate { get; private set; }

    public long Points { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Takes what the cap leaves of <paramref name="points"/> and returns it.</summary>
    public long Take(long points, int dailyCap)
    {
        var taken = Math.Clamp(points, 0, Math.Max(0, dailyCap - Points));
        Points += taken;
        return taken;
    }
}
