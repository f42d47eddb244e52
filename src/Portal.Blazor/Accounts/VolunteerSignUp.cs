using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Regions;
using Charity.Marketplace.Volunteers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>A volunteer's self-registration: the account, its role and the volunteer profile, all or nothing.</summary>
internal sealed class VolunteerSignUp(MarketplaceDbContext db, UserManager<PortalUser> userManager, TimeProvider clock)
{
    public sealed record Request(string DisplayName, string Email, string Password, Guid DistrictId);

    /// <summary>Succeeds with the new user, or fails with Identity's errors (duplicate e-mail, weak password …).</summary>
    public async Task<(PortalUser? User, IReadOnlyList<IdentityError> Errors)> RegisterAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var district = await db.Regions.SingleOrDefaultAsync(r => r.Id == request.DistrictId && r.Level == RegionLevel.District, cancellationToken);
        if (district is null)
        {
            return (null, [new IdentityError { Code = "UnknownDistrict", Description = "Choose a district." }]);
        }

        var now = clock.GetUtcNow();
        var email = request.Email.Trim();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = request.DisplayName.Trim(), CreatedAt = now };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await userManager.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return (null, created.Errors.ToList());
        }

        var roleAdded = await userManager.AddToRoleAsync(user, PortalRoles.Volunteer);
        if (!roleAdded.Succeeded)
        {
            return (null, roleAdded.Errors.ToList());
        }

        db.Volunteers.Add(new Volunteer(user.DisplayName, district, [], now, user.Id));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (user, []);
    }
}
