using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Organisations;

/// <summary>Colleague invitations of an organisation: created by its staff, each code good once and for seven days.</summary>
public sealed class StaffInvitations(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    public sealed record Created(Guid Id, string Code, DateTimeOffset ExpiresAt);

    public sealed record Row(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, string? UsedBy);

    /// <summary>What the code opens, or why it opens nothing.</summary>
    public sealed record Lookup(StaffInvitationState State, Guid? InvitationId = null, Guid? OrganisationId = null, string? OrganisationName = null);

    public async Task<Created> CreateAsync(Guid organisationId, Guid createdByUserId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (invitation, code) = StaffInvitation.Create(organisationId, createdByUserId, clock.GetUtcNow());
        db.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new Created(invitation.Id, code, invitation.ExpiresAt);
    }

    public async Task<IReadOnlyList<Row>> ListAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.StaffInvitations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId)
            .Select(i => new Row(i.Id, i.CreatedAt, i.ExpiresAt, i.UsedAt, db.Users.Where(u => u.Id == i.UsedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt)];
    }

    public async Task<Lookup> LookUpAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return new Lookup(StaffInvitationState.Unknown);
        }

        var hash = StaffInvitation.HashOf(code);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.StaffInvitations.AsNoTracking()
            .Where(i => i.CodeHash == hash)
            .Join(db.Organisations, i => i.OrganisationId, o => o.Id, (i, o) => new { i.Id, i.ExpiresAt, i.UsedAt, OrganisationId = o.Id, o.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new Lookup(StaffInvitationState.Unknown);
        }

        var state = found.UsedAt is not null ? StaffInvitationState.Used
            : found.ExpiresAt <= clock.GetUtcNow() ? StaffInvitationState.Expired
            : StaffInvitationState.Open;
        return new Lookup(state, found.Id, found.OrganisationId, found.Name);
    }

    /// <summary>
    /// Marks the invitation used by <paramref name="userId"/> in the caller's unit of work, if it is still open: one
    /// conditional update, so that of two people racing with one code exactly one succeeds.
    /// </summary>
    public async Task<bool> TryUseAsync(MarketplaceDbContext db, Guid invitationId, Guid userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var updated = await db.StaffInvitations
            .Where(i => i.Id == invitationId && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now).SetProperty(i => i.UsedByUserId, userId), cancellationToken);
        return updated == 1;
    }
}

public enum StaffInvitationState
{
    Open = 1,
    Unknown = 2,
    Expired = 3,
    Used = 4,
}
