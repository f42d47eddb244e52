using Charity.Marketplace.Assessment;
using Charity.Marketplace.Catalog;
using Charity.Marketplace.Needs;
using Charity.Marketplace.Needs.Anonymisation;
using Charity.Portal.Blazor.Cases;
using Charity.Marketplace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Charity.Portal.Blazor.Components.Pages.Assessments;

/// <summary>Posts a need from a submitted assessment; personal data in the description blocks it, saying what to remove.</summary>
public sealed partial class PublishNeed
{
    private readonly NeedForm _form = new();
    private IReadOnlyList<ServiceCategory> _catalog = [];
    private HashSet<string> _suggested = [];
    private IReadOnlyList<NeedProblem> _problems = [];
    private IReadOnlyList<PersonalDataFinding> _findings = [];
    private bool _busy;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "item")]
    public string? Item { get; set; }

    [Inject]
    private NeedPublisher Publisher { get; set; } = null!;

    [Inject]
    private AssessmentService Assessments { get; set; } = null!;

    [Inject]
    private ServiceCatalogQueries Catalog { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _catalog = await Catalog.ListAsync();
        var view = await Assessments.GetAsync(CaseAccessOf.User((await AuthenticationState).User), Id);
        _suggested = view?.Result?.SuggestedServiceItemCodes.ToHashSet() ?? [];
        _form.ServiceItemCode = Item ?? _suggested.FirstOrDefault();
        var today = ChinaCalendar.Today(Clock).ToDateTime(TimeOnly.MinValue);
        (_form.Start, _form.End) = (today, today.AddDays(30));
    }

    private async Task PublishAsync()
    {
        _busy = true;
        try
        {
            var access = CaseAccessOf.User((await AuthenticationState).User);
            var result = await Publisher.PublishAsync(access, _form.ToDraft(Id));
            _problems = result.Problems ?? [];
            _findings = result.Findings ?? [];
            if (result.Outcome == NeedPublishOutcome.Published)
            {
                Navigation.NavigateTo("/queue");
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private bool Has(string field) => _problems.Any(p => p.Field == field);

    private string? Message(string field) =>
        _problems.FirstOrDefault(p => p.Field == field) is { } problem ? L[$"NeedProblem.{problem.Code}"].Value : null;

    private sealed class NeedForm
    {
        public string? ServiceItemCode { get; set; }

        public NeedFrequency Frequency { get; set; } = NeedFrequency.Weekly;

        public DateTime? Start { get; set; }

        public DateTime? End { get; set; }

        public string Description { get; set; } = string.Empty;

        public NeedDraft ToDraft(Guid assessmentId) => new(
            assessmentId,
            ServiceItemCode ?? string.Empty,
            DateOnly.FromDateTime(Start ?? DateTime.MinValue),
            DateOnly.FromDateTime(End ?? DateTime.MinValue),
            Frequency,
            Description);
    }
}
