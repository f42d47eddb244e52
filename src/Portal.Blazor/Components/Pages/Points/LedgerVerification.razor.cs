using System.Diagnostics;
using Charity.Points.Verification;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>Re-checks the whole points ledger on request: every transaction balances and every account's chain holds.</summary>
public sealed partial class LedgerVerification
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private VerificationReport? _report;
    private TimeSpan _elapsed;
    private bool _running;

    [Inject]
    private LedgerVerifier Verifier { get; set; } = null!;

    protected override void OnInitialized() =>
        _breadcrumbs = [new(L["PointsAdmin.Title"], "/admin/points"), new(L["LedgerVerification.Title"], null, disabled: true)];

    private async Task VerifyAsync()
    {
        _running = true;
        try
        {
            var clock = Stopwatch.StartNew();

            // Off the circuit's thread, so the progress bar shows at once even while the first chains are hashed.
            _report = await Task.Run(() => Verifier.VerifyAsync());
            _elapsed = clock.Elapsed;
        }
        finally
        {
            _running = false;
        }
    }
}
