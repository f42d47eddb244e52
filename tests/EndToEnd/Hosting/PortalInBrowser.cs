namespace Charity.EndToEnd.Hosting;

/// <summary>The browser tests share one portal and one browser and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PortalInBrowser : ICollectionFixture<PortalServer>
{
    public const string Name = "Portal in a browser";
}
