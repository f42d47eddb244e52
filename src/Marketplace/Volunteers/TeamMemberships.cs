using Charity.Marketplace.Localization;
using Charity.Marketplace.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Volunteers;

/// <summary>
/// Volunteers asking to join verified organisations' teams, and the organisations' staff deciding. A staff member
/// sees and decides only their own organisation's requests; a decision on a stale version is a conflict.
/// </summary>
public sealed class TeamMemberships(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    public sealed record VolunteerTeam(Guid MembershipId, Guid OrganisationId, string Name, OrganisationType Type, MembershipStatus Status, MembershipSide RequestedBy, Guid Version);

    public sealed record JoinRequest(Guid MembershipId, string VolunteerName, LocalizedText District, IReadOnlyList<string> SkillCodes, DateTimeOffset RequestedAt, Guid Version);

    public sealed record Choice(Guid Id, string Name, OrganisationType Type);

    /// <summary>An active member of a team as the organisation's staff see them, phone included: a volunteer gives it for their teams to reach them.</summary>
    public sealed record TeamMember(Guid MembershipId, Guid VolunteerId, string Name, LocalizedText District, IReadOnlyList<string> SkillCodes, string? Phone, DateTimeOffset Since);

    public async Task<IReadOnlyList<VolunteerTeam>> TeamsOfAsync(Guid volunteerUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TeamMemberships.AsNoTracking()
            .Where(m => m.Volunteer.UserId == volunteerUserId)
            .OrderBy(m => m.Status).ThenBy(m => m.Organisation.Name)
            .Select(m => new VolunteerTeam(m.Id, m.OrganisationId, m.Organisation.Name, m.Organisation.Type, m.Status, m.RequestedBy, m.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Verified organisations the volunteer has no open or active membership of.</summary>
    public async Task<IReadOnlyList<Choice>> JoinableAsync(Guid volunteerUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var taken = db.TeamMemberships.Where(m => m.Volunteer.UserId == volunteerUserId && m.Status != MembershipStatus.Declined).Select(m => m.OrganisationId);
        return await OrganisationViewer.Anonymous.Visible(db.Organisations.AsNoTracking())
            .Where(o => !taken.Contains(o.Id))
            .OrderBy(o => o.Type).ThenBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name, o.Type))
            .ToListAsync(cancellationToken);
    }

    public async Task<MembershipResult> RequestToJoinAsync(Guid volunteerUserId, Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var volunteer = await db.Volunteers.SingleOrDefaultAsync(v => v.UserId == volunteerUserId, cancellationToken);
        var organisation = await OrganisationViewer.Anonymous.Visible(db.Organisations).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        if (volunteer is null || organisation is null)
        {
            return MembershipResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var existing = await db.TeamMemberships.SingleOrDefaultAsync(m => m.VolunteerId == volunteer.Id && m.OrganisationId == organisationId, cancellationToken);
        switch (existing?.Status)
        {
            case MembershipStatus.Pending or MembershipStatus.Active:
                return MembershipResult.AlreadyMember;
            case MembershipStatus.Declined:
                existing.RequestAgain(MembershipSide.Volunteer, now);
                break;
            default:
                db.TeamMemberships.Add(new TeamMembership(volunteer, organisation, MembershipSide.Volunteer, now));
                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same request was made twice at once: the unique index kept one.
            return MembershipResult.AlreadyMember;
        }

        return MembershipResult.Done;
    }

    /// <summary>The volunteers' pending requests to join the staff member's own organisation.</summary>
    public async Task<IReadOnlyList<JoinRequest>> PendingRequestsAsync(Guid staffOrganisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TeamMemberships.AsNoTracking()
            .Where(m => m.OrganisationId == staffOrganisationId && m.Status == MembershipStatus.Pending && m.RequestedBy == MembershipSide.Volunteer)
            .Select(m => new JoinRequest(m.Id, m.Volunteer.DisplayName, m.Volunteer.District.Name, m.Volunteer.SkillCodes, m.RequestedAt, m.Version))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.RequestedAt)];
    }

    /// <summary>The active members of the staff member's own organisation, longest-serving first.</summary>
    public async Task<IReadOnlyList<TeamMember>> RosterAsync(Guid staffOrganisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.TeamMemberships.AsNoTracking()
            .Where(m => m.OrganisationId == staffOrganisationId && m.Status == MembershipStatus.Active)
            .Select(m => new TeamMember(m.Id, m.VolunteerId, m.Volunteer.DisplayName, m.Volunteer.District.Name, m.Volunteer.SkillCodes, m.Volunteer.Phone, m.DecidedAt ?? m.RequestedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Since).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>Approves or declines a pending request; a request to another organisation does not exist for this caller.</summary>
    public async Task<MembershipResult> DecideAsync(Guid staffOrganisationId, Guid membershipId, bool approve, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var membership = await db.TeamMemberships.SingleOrDefaultAsync(
            m => m.Id == membershipId && m.OrganisationId == staffOrganisationId && m.RequestedBy == MembershipSide.Volunteer, cancellationToken);
        return await DecideAsync(db, membership, approve, expectedVersion, cancellationToken);
    }

    /// <summary>
    /// Invites a registered volunteer, found by their sign-in e-mail, to the staff member's verified organisation:
    /// a pending membership that the volunteer accepts or declines.
    /// </summary>
    public async Task<MembershipResult> InviteAsync(Guid staffOrganisationId, string email, CancellationToken cancellationToken = default)
    {
        var normalized = (email ?? string.Empty).Trim().ToUpperInvariant();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await OrganisationViewer.Anonymous.Visible(db.Organisations).SingleOrDefaultAsync(o => o.Id == staffOrganisationId, cancellationToken);
        if (organisation is null)
        {
            return MembershipResult.OrganisationNotVerified;
        }

        var volunteer = await db.Volunteers
            .Where(v => db.Users.Any(u => u.Id == v.UserId && u.NormalizedEmail == normalized))
            .SingleOrDefaultAsync(cancellationToken);
        if (volunteer is null)
        {
            return MembershipResult.NotFound;
        }

        var existing = await db.TeamMemberships.SingleOrDefaultAsync(m => m.VolunteerId == volunteer.Id && m.OrganisationId == organisation.Id, cancellationToken);
        if (existing is { Status: MembershipStatus.Pending or MembershipStatus.Active })
        {
            return MembershipResult.AlreadyMember;
        }

        if (existing is null)
        {
            db.TeamMemberships.Add(new TeamMembership(volunteer, organisation, MembershipSide.Organisation, clock.GetUtcNow()));
        }
        else
        {
            existing.RequestAgain(MembershipSide.Organisation, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return MembershipResult.AlreadyMember;
        }

        return MembershipResult.Done;
    }

    /// <summary>The volunteer accepts or declines an organisation's invitation addressed to them.</summary>
    public async Task<MembershipResult> AnswerInvitationAsync(Guid volunteerUserId, Guid membershipId, bool accept, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var membership = await db.TeamMemberships.SingleOrDefaultAsync(
            m => m.Id == membershipId && m.Volunteer.UserId == volunteerUserId && m.RequestedBy == MembershipSide.Organisation, cancellationToken);
        return await DecideAsync(db, membership, accept, expectedVersion, cancellationToken);
    }

    private async Task<MembershipResult> DecideAsync(MarketplaceDbContext db, TeamMembership? membership, bool approve, Guid expectedVersion, CancellationToken cancellationToken)
    {
        if (membership is null)
        {
            return MembershipResult.NotFound;
        }

        if (membership.Version != expectedVersion || membership.Status != MembershipStatus.Pending)
        {
            return MembershipResult.Conflict;
        }

        membership.Decide(approve, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MembershipResult.Conflict;
        }

        return MembershipResult.Done;
    }
}

public enum MembershipResult
{
    Done = 1,
    NotFound = 2,
    Conflict = 3,
    AlreadyMember = 4,
    OrganisationNotVerified = 5,
}
