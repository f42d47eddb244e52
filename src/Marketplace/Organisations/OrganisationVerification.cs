using Microsoft.EntityFrameworkCore;

namespace Charity.Marketplace.Organisations;

/// <summary>
/// The bureau's decision on an organisation: verify it, or reject it with a reason. A decision made on a stale
/// version is a conflict, never an overwrite of another administrator's decision.
/// </summary>
public sealed class OrganisationVerification(IDbContextFactory<MarketplaceDbContext> contextFactory, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public Task<OrganisationResult> VerifyAsync(Guid id, Guid expectedVersion, CancellationToken cancellationToken = default) =>
        DecideAsync(id, expectedVersion, OrganisationStatus.Verified, o => o.Verify(clock.GetUtcNow()), cancellationToken);

    public Task<OrganisationResult> RejectAsync(Guid id, string? reason, Guid expectedVersion, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult(OrganisationResult.Invalid(new OrganisationProblem("Reason", OrganisationProblemCode.ReasonRequired)));
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            return Task.FromResult(OrganisationResult.Invalid(new OrganisationProblem("Reason", OrganisationProblemCode.TooLong)));
        }

        return DecideAsync(id, expectedVersion, OrganisationStatus.Rejected, o => o.Reject(reason), cancellationToken);
    }

    private async Task<OrganisationResult> DecideAsync(Guid id, Guid expectedVersion, OrganisationStatus target, Action<Organisation> decide, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return OrganisationResult.NotFound;
        }

        if (organisation.Version != expectedVersion)
        {
            return OrganisationResult.Conflict;
        }

        if (organisation.Status == target)
        {
            return OrganisationResult.Invalid(new OrganisationProblem("Status", OrganisationProblemCode.NotPending));
        }

        decide(organisation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrganisationResult.Conflict;
        }

        return OrganisationResult.Done;
    }
}
