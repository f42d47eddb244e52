using System.Security.Cryptography;
using System.Text;

namespace Charity.Marketplace.Organisations;

/// <summary>
/// A single-use invitation for a colleague to create a staff account of an organisation. Only the hash of its code
/// is stored: the code itself is shown once, to the staff member who created it.
/// </summary>
public sealed class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private const int CodeLength = 24;

    private StaffInvitation()
    {
        CodeHash = string.Empty;
    }

    private StaffInvitation(Guid organisationId, Guid createdByUserId, string codeHash, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        CreatedByUserId = createdByUserId;
        CodeHash = codeHash;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + Lifetime;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    /// <summary>SHA-256 of the code, in lower-case hex.</summary>
    public string CodeHash { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public Guid? UsedByUserId { get; private set; }

    /// <summary>A new invitation and its code, which is not kept anywhere.</summary>
    public static (StaffInvitation Invitation, string Code) Create(Guid organisationId, Guid createdByUserId, DateTimeOffset now)
    {
        var code = RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
        return (new StaffInvitation(organisationId, createdByUserId, HashOf(code), now), code);
    }

    public static string HashOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));
    }
}
