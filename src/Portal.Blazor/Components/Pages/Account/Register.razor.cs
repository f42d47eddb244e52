using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Components.Pages.Account;

public sealed partial class Register
{
    private readonly List<string> _errors = [];
    private IReadOnlyList<Region> _districts = [];

    [Inject]
    private VolunteerSignUp SignUp { get; set; } = null!;

    [Inject]
    private SignInManager<Marketplace.Accounts.PortalUser> SignInManager { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromForm]
    private RegisterInput? Input { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new RegisterInput();
        _districts = await Regions.ListAsync(RegionLevel.District);
    }

    private async Task RegisterAsync()
    {
        ArgumentNullException.ThrowIfNull(Input);
        ValidateInput();
        if (_errors.Count > 0)
        {
            return;
        }

        var (user, errors) = await SignUp.RegisterAsync(new VolunteerSignUp.Request(Input.DisplayName, Input.Email, Input.Password, Input.DistrictId!.Value));
        if (user is null)
        {
            _errors.AddRange(errors.Select(e => L[$"Identity.{e.Code}"].ResourceNotFound ? e.Description : L[$"Identity.{e.Code}"].Value));
            return;
        }

        await SignInManager.SignInAsync(user, isPersistent: false);
        Navigation.NavigateTo("/");
    }

    private void ValidateInput()
    {
        ArgumentNullException.ThrowIfNull(Input);
        _errors.Clear();
        if (string.IsNullOrWhiteSpace(Input.DisplayName) || Input.DisplayName.Trim().Length > 60)
        {
            _errors.Add(L["Register.DisplayNameRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Input.Email) || !Input.Email.Contains('@', StringComparison.Ordinal))
        {
            _errors.Add(L["Register.EmailInvalid"]);
        }

        if (Input.DistrictId is null)
        {
            _errors.Add(L["Register.DistrictRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            _errors.Add(L["Register.PasswordRequired"]);
        }
        else if (Input.Password != Input.ConfirmPassword)
        {
            _errors.Add(L["Register.PasswordMismatch"]);
        }
    }

    private sealed class RegisterInput
    {
        public string DisplayName { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public Guid? DistrictId { get; set; }

        public string Password { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
