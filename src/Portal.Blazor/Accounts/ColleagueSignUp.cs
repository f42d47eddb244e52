using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>A colleague's staff account from an invitation code: the account, its role and the used code, all or nothing.</summary>
internal sealed class ColleagueSignUp(MarketplaceDbContext db, UserManager<PortalUser> userManager, StaffInvitations invitations, TimeProvider clock)
{
    public sealed record Request(string Code, string DisplayName, string Email, string Password);

    public sealed record Result(PortalUser? User, StaffInvitationState State, IReadOnlyList<IdentityError> Errors);

    public async Task<Result> RegisterAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lookup = await invitations.LookUpAsync(request.Code, cancellationToken);
        if (lookup.State != StaffInvitationState.Open)
        {
            return new(null, lookup.State, []);
        }

        var email = request.Email.Trim();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = request.DisplayName.Trim(), OrganisationId = lookup.OrganisationId, CreatedAt = clock.GetUtcNow() };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await userManager.CreateAsync(user, request.Password);
        var result = created.Succeeded ? await userManager.AddToRoleAsync(user, PortalRoles.ProviderStaff) : created;
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new(null, StaffInvitationState.Open, [.. result.Errors]);
        }

        if (!await invitations.TryUseAsync(db, lookup.InvitationId!.Value, user.Id, cancellationToken))
        {
            // Someone else used the code a moment ago: this account is not created.
            await transaction.RollbackAsync(cancellationToken);
            return new(null, StaffInvitationState.Used, []);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(user, StaffInvitationState.Open, []);
    }
}
