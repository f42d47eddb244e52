using Charity.Points.Verification;
using Microsoft.AspNetCore.Components;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>What a ledger verification checked, how long it took, and either that the ledger is intact or what was found.</summary>
public sealed partial class VerificationResult
{
    [Parameter, EditorRequired]
    public VerificationReport Report { get; set; } = null!;

    [Parameter, EditorRequired]
    public TimeSpan Elapsed { get; set; }
}
