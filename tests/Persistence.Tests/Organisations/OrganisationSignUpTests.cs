using Charity.Marketplace.Accounts;
using Charity.Marketplace.Organisations;
using Charity.TestSupport.Organisations;
using Charity.TestSupport.Web;
using Microsoft.EntityFrameworkCore;

namespace Charity.Persistence.Tests.Organisations;

/// <summary>An organisation's sign-up on each real database: all of it in one transaction, or nothing.</summary>
public abstract class OrganisationSignUpTests<TFactory>(TFactory portal) : IAsyncLifetime
    where TFactory : PortalFactory
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private ProviderDesk _desk = null!;

    public async Task InitializeAsync() => _desk = await ProviderDesk.OpenAsync(portal);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RegisterAsync_ValidRequest_WritesPendingOrganisationDistrictsLogoAndStaffAccount()
    {
        var request = _desk.NewOrganisation(logo: new NewOrganisationLogo("image/png", Png));

        var result = await _desk.SignUpAsync(request);

        Assert.True(result.Succeeded);
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        var organisation = await db.Organisations.Include(o => o.ServiceDistricts).SingleAsync(o => o.CreditCode == request.CreditCode);
        Assert.Equal(OrganisationStatus.PendingVerification, organisation.Status);
        Assert.Equal(request.ServiceDistrictIds.Order(), organisation.ServiceDistricts.Select(d => d.Id).Order());
        var user = await db.Users.SingleAsync(u => u.Email == request.StaffEmail);
        Assert.Equal(organisation.Id, user.OrganisationId);
        var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync();
        Assert.Equal([PortalRoles.ProviderStaff], roles);
        var logo = await db.OrganisationLogos.SingleAsync(l => l.OrganisationId == organisation.Id);
        Assert.Equal("image/png", logo.ContentType);
        Assert.Equal(Png, logo.Content);
    }

    [Fact]
    public async Task RegisterAsync_DuplicateCreditCode_IsRefusedAndWritesNothing()
    {
        var first = _desk.NewOrganisation();
        Assert.True((await _desk.SignUpAsync(first)).Succeeded);
        var second = _desk.NewOrganisation(creditCode: first.CreditCode.ToLowerInvariant());

        var result = await _desk.SignUpAsync(second);

        Assert.False(result.Succeeded);
        Assert.Equal([new OrganisationProblem(nameof(NewOrganisation.CreditCode), OrganisationProblemCode.DuplicateCreditCode)], result.Problems);
        await AssertNothingWrittenAsync(second);
    }

    [Fact]
    public async Task RegisterAsync_WrongCheckCharacter_NamesPositionFoundAndExpected()
    {
        var (code, expected) = FictitiousCreditCodes.WithWrongCheckCharacter();

        var result = await _desk.SignUpAsync(_desk.NewOrganisation(creditCode: code));

        Assert.Equal([new OrganisationProblem(nameof(NewOrganisation.CreditCode), OrganisationProblemCode.CreditCodeWrongCheckCharacter, 18, code[^1], expected)], result.Problems);
    }

    [Fact]
    public async Task RegisterAsync_TakenEmail_RollsBackTheOrganisation()
    {
        var first = _desk.NewOrganisation();
        Assert.True((await _desk.SignUpAsync(first)).Succeeded);
        var second = _desk.NewOrganisation(email: first.StaffEmail);

        var result = await _desk.SignUpAsync(second);

        Assert.False(result.Succeeded);
        Assert.Contains(result.IdentityErrors, e => e.Code == "DuplicateEmail");
        await AssertNothingWrittenAsync(second, emailTaken: true);
    }

    [Fact]
    public async Task RegisterAsync_WeakPassword_RollsBackTheOrganisation()
    {
        var request = _desk.NewOrganisation();

        var result = await _desk.SignUpAsync(request, password: "short");

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.IdentityErrors);
        await AssertNothingWrittenAsync(request);
    }

    [Fact]
    public async Task RegisterAsync_LogoOverTheLimitOrNotAnImage_IsRefused()
    {
        var large = new byte[OrganisationLogo.MaxBytes + 1];
        Png.CopyTo(large, 0);

        var tooLarge = await _desk.SignUpAsync(_desk.NewOrganisation(logo: new NewOrganisationLogo("image/png", large)));
        var notImage = await _desk.SignUpAsync(_desk.NewOrganisation(logo: new NewOrganisationLogo("image/png", "<svg/>"u8.ToArray())));

        Assert.Equal(OrganisationProblemCode.LogoTooLarge, Assert.Single(tooLarge.Problems).Code);
        Assert.Equal(OrganisationProblemCode.LogoNotAnImage, Assert.Single(notImage.Problems).Code);
    }

    private async Task AssertNothingWrittenAsync(NewOrganisation request, bool emailTaken = false)
    {
        await using var db = await _desk.Contexts.CreateDbContextAsync();
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == request.Name));
        Assert.Equal(emailTaken ? 1 : 0, await db.Users.CountAsync(u => u.Email == request.StaffEmail));
    }
}

public sealed class SqliteOrganisationSignUpTests(SqlitePortalFactory portal)
    : OrganisationSignUpTests<SqlitePortalFactory>(portal), IClassFixture<SqlitePortalFactory>;

public sealed class PostgresOrganisationSignUpTests(PostgresPortalFactory portal)
    : OrganisationSignUpTests<PostgresPortalFactory>(portal), IClassFixture<PostgresPortalFactory>;
