namespace Charity.Marketplace.Organisations;

/// <summary>An organisation's small logo image, kept in the database beside it and served by its own address.</summary>
public sealed class OrganisationLogo
{
    public const int MaxBytes = 200 * 1024;

    public static IReadOnlyList<string> ContentTypes { get; } = ["image/png", "image/jpeg"];

    private OrganisationLogo()
    {
        ContentType = string.Empty;
        Content = [];
    }

    public OrganisationLogo(Guid organisationId, string contentType, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ContentTypes.Contains(contentType) || content.Length is 0 or > MaxBytes)
        {
            throw new ArgumentException("A logo is a PNG or JPEG image of at most 200 KB.", nameof(content));
        }

        OrganisationId = organisationId;
        ContentType = contentType;
        Content = content;
    }

    public Guid OrganisationId { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Content { get; private set; }
}
