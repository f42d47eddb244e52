using Charity.Marketplace.Organisations;

namespace Charity.Marketplace.Volunteers;

/// <summary>
/// A volunteer's place in an organisation's team: requested by the volunteer (or offered by the organisation),
/// then active once the other side agrees, or declined.
/// </summary>
public sealed class TeamMembership : IVersioned
{
    private TeamMembership()
    {
    }

    public TeamMembership(Volunteer volunteer, Organisation organisation, MembershipSide requestedBy, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        ArgumentNullException.ThrowIfNull(organisation);
        Id = Guid.CreateVersion7();
        VolunteerId = volunteer.Id;
        OrganisationId = organisation.Id;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        Status = MembershipStatus.Pending;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    public Volunteer Volunteer { get; private set; } = null!;

    public Guid OrganisationId { get; private set; }

    public Organisation Organisation { get; private set; } = null!;

    public MembershipStatus Status { get; private set; }

    public MembershipSide RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>A membership both sides already agree on (demo data, imports).</summary>
    public static TeamMembership Active(Volunteer volunteer, Organisation organisation, DateTimeOffset since)
    {
        var membership = new TeamMembership(volunteer, organisation, MembershipSide.Volunteer, since);
        membership.Decide(approve: true, since);
        return membership;
    }

    public void Decide(bool approve, DateTimeOffset at)
    {
        Status = approve ? MembershipStatus.Active : MembershipStatus.Declined;
        DecidedAt = at;
    }

    /// <summary>A declined request asked again.</summary>
    public void RequestAgain(MembershipSide by, DateTimeOffset at)
    {
        Status = MembershipStatus.Pending;
        RequestedBy = by;
        RequestedAt = at;
        DecidedAt = null;
    }
}

public enum MembershipStatus
{
    Pending = 1,
    Active = 2,
    Declined = 3,
}

/// <summary>Who asked first: the volunteer (a join request) or the organisation (an invitation).</summary>
public enum MembershipSide
{
    Volunteer = 1,
    Organisation = 2,
}
