using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Charity.Points.Verification;

/// <summary>
/// SHA-256 over a canonical byte form: fixed-width big-endian numbers, length-prefixed UTF-8 text, so no two
/// different contents can encode to the same bytes.
/// </summary>
internal sealed class CanonicalHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public CanonicalHash(string domain) => Add(domain);

    public CanonicalHash Add(long value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public CanonicalHash Add(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        _hash.AppendData(bytes);
        return this;
    }

    public CanonicalHash Add(Guid? value) => value is { } present ? Add(1).Add(present) : Add(0);

    public CanonicalHash Add(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Add(bytes.Length);
        _hash.AppendData(bytes);
        return this;
    }

    public CanonicalHash Add(DateTimeOffset value) => Add(value.UtcTicks);

    public CanonicalHash Add(DateTimeOffset? value) => value is { } present ? Add(1).Add(present) : Add(0);

    public CanonicalHash Add(ReadOnlySpan<byte> value)
    {
        Add(value.Length);
        _hash.AppendData(value);
        return this;
    }

    public byte[] Finish() => _hash.GetHashAndReset();

    public void Dispose() => _hash.Dispose();
}
