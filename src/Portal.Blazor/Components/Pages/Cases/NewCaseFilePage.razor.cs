using Charity.Marketplace.Cases;
using Charity.Marketplace.Regions;
using Charity.Portal.Blazor.Accounts;
using Charity.Portal.Blazor.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Cases;

public sealed partial class NewCaseFilePage
{
    private static readonly SpecialGroups[] SpecialGroupChoices = Enum.GetValues<SpecialGroups>().Where(g => g != SpecialGroups.None).ToArray();
    private readonly CaseFileForm _form = new();
    private IReadOnlyList<Region> _communities = [];
    private IReadOnlyList<CaseFileProblem> _problems = [];
    private bool _saving;

    [Inject]
    private CaseFileService Files { get; set; } = null!;

    [Inject]
    private RegionDirectory Regions { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (PortalClaims.StationOf((await AuthenticationState).User) is { } stationId)
        {
            _communities = await Regions.CommunitiesOfStationAsync(stationId);
        }
    }

    private void AddMember() => _form.Members.Add(new MemberForm());

    private async Task SubmitAsync()
    {
        _saving = true;
        try
        {
            var access = CaseAccessOf.User((await AuthenticationState).User);
            var result = await Files.OpenAsync(access, _form.ToRequest());
            if (result.Outcome == CaseFileOutcome.Done)
            {
                Navigation.NavigateTo($"/cases/{result.Id}");
                return;
            }

            _problems = result.Problems ?? [];
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Has(string field) => _problems.Any(p => p.Field == field);

    private string? Message(string field) =>
        _problems.FirstOrDefault(p => p.Field == field) is { } problem ? L[$"CaseProblem.{problem.Code}"].Value : null;

    private sealed class CaseFileForm
    {
        public string HeadName { get; set; } = string.Empty;

        public string IdNumber { get; set; } = string.Empty;

        public string Phone { get; set; } = string.Empty;

        public string Address { get; set; } = string.Empty;

        public Guid? CommunityId { get; set; }

        public BeneficiaryCategory Category { get; set; } = BeneficiaryCategory.MinimumSubsistence;

        public int HouseholdSize { get; set; } = 1;

        public CaseDiscovery Discovery { get; set; } = CaseDiscovery.HomeVisit;

        public IReadOnlyCollection<SpecialGroups> Groups { get; set; } = [];

        public bool ConsentToShare { get; set; }

        public List<MemberForm> Members { get; } = [];

        public NewCaseFile ToRequest() => new(
            HeadName, IdNumber, Phone, Address, CommunityId ?? Guid.Empty, Category,
            Groups.Aggregate(SpecialGroups.None, (all, group) => all | group),
            HouseholdSize, ConsentToShare, Discovery,
            Members.Select(m => new NewHouseholdMember(m.Name, m.IdNumber, m.Relationship, m.BirthYear)).ToList());
    }

    private sealed class MemberForm
    {
        public string Name { get; set; } = string.Empty;

        public string? IdNumber { get; set; }

        public MemberRelationship Relationship { get; set; } = MemberRelationship.Spouse;

        public int BirthYear { get; set; } = 1960;
    }
}
