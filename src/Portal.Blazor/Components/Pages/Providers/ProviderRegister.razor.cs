using Charity.Marketplace.Organisations;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

public sealed partial class ProviderRegister
{
    private const string ServiceDistrictField = "serviceDistrict";
    private const string LogoField = "logo";
    private readonly List<string> _errors = [];
    private IReadOnlyList<Region> _districts = [];
    private List<Guid> _serviceDistrictIds = [];

    [Inject]
    private OrganisationSignUp SignUp { get; set; } = null!;

    [Inject]
    private SignInManager<Marketplace.Accounts.PortalUser> SignInManager { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm]
    private ProviderRegisterInput? Input { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new ProviderRegisterInput();
        _districts = await Regions.ListAsync(RegionLevel.District);
    }

    private async Task RegisterAsync()
    {
        ArgumentNullException.ThrowIfNull(Input);
        _errors.Clear();
        var form = HttpContext.Request.Form;
        _serviceDistrictIds = form[ServiceDistrictField].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToList();
        var logo = await ReadLogoAsync(form.Files.GetFile(LogoField));
        if (string.IsNullOrEmpty(Input.Password))
        {
            _errors.Add(L["Register.PasswordRequired"]);
        }
        else if (Input.Password != Input.ConfirmPassword)
        {
            _errors.Add(L["Register.PasswordMismatch"]);
        }

        var request = new NewOrganisation(Input.Type, Input.Name, Input.CreditCode, Input.ContactPhone, Input.HomeDistrictId, _serviceDistrictIds, Input.StaffName, Input.Email, logo);
        if (_errors.Count > 0)
        {
            _errors.InsertRange(0, NewOrganisationValidator.Validate(request).Select(p => OrganisationProblemText.Describe(L, p)));
            return;
        }

        var result = await SignUp.RegisterAsync(request, Input.Password);
        if (!result.Succeeded)
        {
            _errors.AddRange(result.Problems.Select(p => OrganisationProblemText.Describe(L, p)));
            _errors.AddRange(result.IdentityErrors.Select(e => L[$"Identity.{e.Code}"].ResourceNotFound ? e.Description : L[$"Identity.{e.Code}"].Value));
            return;
        }

        await SignInManager.SignInAsync(result.User!, isPersistent: false);
        Navigation.NavigateTo("/");
    }

    /// <summary>The uploaded file, read up to one byte past the limit so that a large file is refused without reading it all.</summary>
    private static async Task<NewOrganisationLogo?> ReadLogoAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        await using var stream = file.OpenReadStream();
        var buffer = new byte[Math.Min(file.Length, OrganisationLogo.MaxBytes + 1)];
        await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
        return new NewOrganisationLogo(file.ContentType, buffer);
    }

    private sealed class ProviderRegisterInput
    {
        public OrganisationType? Type { get; set; }

        public string Name { get; set; } = string.Empty;

        public string CreditCode { get; set; } = string.Empty;

        public string ContactPhone { get; set; } = string.Empty;

        public Guid? HomeDistrictId { get; set; }

        public string StaffName { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
