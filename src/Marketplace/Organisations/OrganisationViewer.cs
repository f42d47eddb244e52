namespace Charity.Marketplace.Organisations;

/// <summary>
/// Who is looking at organisations. Everyone sees verified organisations; an organisation's own staff also see it
/// while it is pending or rejected, and the bureau sees all. Features that show organisations (offers, the
/// directory, the API) filter through <see cref="Visible"/>.
/// </summary>
public sealed record OrganisationViewer(Guid? OrganisationId, bool IsAdmin)
{
    public static OrganisationViewer Anonymous { get; } = new(null, false);

    public static OrganisationViewer Bureau { get; } = new(null, true);

    public static OrganisationViewer StaffOf(Guid organisationId) => new(organisationId, false);

    public IQueryable<Organisation> Visible(IQueryable<Organisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        if (IsAdmin)
        {
            return organisations;
        }

        var own = OrganisationId;
        return organisations.Where(o => o.Status == OrganisationStatus.Verified || (own != null && o.Id == own));
    }

    /// <summary>Whether the viewer may see the organisation's verification details (status, rejection reason).</summary>
    public bool IsInsider(Guid organisationId) => IsAdmin || OrganisationId == organisationId;
}
