namespace Charity.Marketplace.Privacy;

/// <summary>The secret of the ID-number blind index, generated once per installation and stored encrypted.</summary>
public sealed class BlindIndexKey
{
    public const int SingletonId = 1;

    private BlindIndexKey()
    {
        ProtectedSecret = string.Empty;
    }

    public BlindIndexKey(string protectedSecret)
    {
        Id = SingletonId;
        ProtectedSecret = protectedSecret;
    }

    public int Id { get; private set; }

    public string ProtectedSecret { get; private set; }
}
