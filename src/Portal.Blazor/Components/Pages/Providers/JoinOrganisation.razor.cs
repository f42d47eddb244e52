using Charity.Marketplace.Organisations;
using Charity.Portal.Blazor.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;

namespace Charity.Portal.Blazor.Components.Pages.Providers;

/// <summary>A colleague creates their staff account with an invitation code; a used, expired or unknown code says which.</summary>
public sealed partial class JoinOrganisation
{
    private readonly List<string> _errors = [];
    private StaffInvitations.Lookup? _lookup;

    [Inject]
    private StaffInvitations Invitations { get; set; } = null!;

    [Inject]
    private ColleagueSignUp SignUp { get; set; } = null!;

    [Inject]
    private SignInManager<Marketplace.Accounts.PortalUser> SignInManager { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "code")]
    private string? Code { get; set; }

    [SupplyParameterFromForm]
    private JoinInput? Input { get; set; }

    private string StateMessage => _lookup?.State switch
    {
        StaffInvitationState.Expired => L["Join.Expired"],
        StaffInvitationState.Used => L["Join.Used"],
        _ => L["Join.Unknown"],
    };

    protected override async Task OnInitializedAsync()
    {
        Input ??= new JoinInput { Code = Code ?? string.Empty };
        _lookup = await Invitations.LookUpAsync(Input.Code);
    }

    private async Task JoinAsync()
    {
        ArgumentNullException.ThrowIfNull(Input);
        _errors.Clear();
        if (string.IsNullOrWhiteSpace(Input.DisplayName) || Input.DisplayName.Trim().Length > NewOrganisationValidator.MaxStaffNameLength)
        {
            _errors.Add(L["Register.DisplayNameRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            _errors.Add(L["Register.PasswordRequired"]);
        }
        else if (Input.Password != Input.ConfirmPassword)
        {
            _errors.Add(L["Register.PasswordMismatch"]);
        }

        if (_errors.Count > 0 || _lookup?.State != StaffInvitationState.Open)
        {
            return;
        }

        var result = await SignUp.RegisterAsync(new ColleagueSignUp.Request(Input.Code, Input.DisplayName, Input.Email, Input.Password));
        if (result.User is null)
        {
            _lookup = _lookup with { State = result.State };
            _errors.AddRange(result.Errors.Select(e => L[$"Identity.{e.Code}"].ResourceNotFound ? e.Description : L[$"Identity.{e.Code}"].Value));
            return;
        }

        await SignInManager.SignInAsync(result.User, isPersistent: false);
        Navigation.NavigateTo("/");
    }

    private sealed class JoinInput
    {
        public string Code { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string Email { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;

        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
