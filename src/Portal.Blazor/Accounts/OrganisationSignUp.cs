using Charity.Marketplace;
using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Charity.Portal.Blazor.Accounts;

/// <summary>
/// An organisation's self sign-up: the organisation (pending verification), its districts and logo, and its first
/// staff account with the ProviderStaff role, in one transaction: all of it or nothing.
/// </summary>
internal sealed class OrganisationSignUp(MarketplaceDbContext db, UserManager<PortalUser> userManager, TimeProvider clock)
{
    public sealed record Result(PortalUser? User, IReadOnlyList<OrganisationProblem> Problems, IReadOnlyList<IdentityError> IdentityErrors)
    {
        public bool Succeeded => User is not null;
    }

    public async Task<Result> RegisterAsync(NewOrganisation request, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = NewOrganisationValidator.Validate(request);
        var districtIds = request.ServiceDistrictIds.Append(request.HomeDistrictId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var districts = await db.Regions.Where(r => districtIds.Contains(r.Id) && r.Level == RegionLevel.District).ToListAsync(cancellationToken);
        var home = districts.SingleOrDefault(d => d.Id == request.HomeDistrictId);
        if (request.HomeDistrictId is not null && home is null)
        {
            problems.Add(new(nameof(NewOrganisation.HomeDistrictId), OrganisationProblemCode.UnknownDistrict));
        }

        if (request.ServiceDistrictIds.Any(id => districts.All(d => d.Id != id)))
        {
            problems.Add(new(nameof(NewOrganisation.ServiceDistrictIds), OrganisationProblemCode.UnknownDistrict));
        }

        var code = UnifiedSocialCreditCode.Check(request.CreditCode).Code;
        if (code is not null && await db.Organisations.AnyAsync(o => o.CreditCode == code.Value, cancellationToken))
        {
            problems.Add(new(nameof(NewOrganisation.CreditCode), OrganisationProblemCode.DuplicateCreditCode));
        }

        if (problems.Count > 0)
        {
            return new(null, problems, []);
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation(request.Name, request.Type!.Value, code!, home!, request.ContactPhone.Trim(), now);
        organisation.ServeIn(request.ServiceDistrictIds.Count == 0 ? [home!] : districts.Where(d => request.ServiceDistrictIds.Contains(d.Id)));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organisations.Add(organisation);
        if (request.Logo is { } logo)
        {
            db.OrganisationLogos.Add(new OrganisationLogo(organisation.Id, logo.ContentType, logo.Content));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another sign-up with the same code was saved in between: the unique index refused this one.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new(null, [new(nameof(NewOrganisation.CreditCode), OrganisationProblemCode.DuplicateCreditCode)], []);
        }

        var email = request.StaffEmail.Trim();
        var user = new PortalUser { UserName = email, Email = email, DisplayName = request.StaffName.Trim(), OrganisationId = organisation.Id, CreatedAt = now };
        var created = await userManager.CreateAsync(user, password);
        var result = created.Succeeded ? await userManager.AddToRoleAsync(user, PortalRoles.ProviderStaff) : created;
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new(null, [], result.Errors.ToList());
        }

        await transaction.CommitAsync(cancellationToken);
        return new(user, [], []);
    }
}
