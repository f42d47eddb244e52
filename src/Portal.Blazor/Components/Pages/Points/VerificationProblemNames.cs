using Charity.Points.Verification;

namespace Charity.Portal.Blazor.Components.Pages.Points;

/// <summary>Where the portal's texts name each kind of ledger problem.</summary>
internal static class VerificationProblemNames
{
    public static string KeyOf(VerificationProblem problem) => $"VerificationProblem.{problem}";
}
