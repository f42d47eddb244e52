namespace Charity.Portal.Blazor.Seeding;

/// <summary>The <c>DemoData</c> section: fake households, providers and one account per role.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";

    public bool Enabled { get; set; }

    /// <summary>The password of every demo account. Demo data is for trying the portal, never for production.</summary>
    public string Password { get; set; } = "Demo#2026";
}
