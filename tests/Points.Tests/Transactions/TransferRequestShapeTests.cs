using Charity.Points.Transactions;

namespace Charity.Points.Tests.Transactions;

/// <summary>Malformed requests are refused before any database work.</summary>
public sealed class TransferRequestShapeTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly BusinessReference Reference = new("test", "1");

    public static TheoryData<string, TransferRequest> Malformed => new()
    {
        { "one posting", new TransferRequest("k", Reference, "d", [new(A, 0)]) },
        { "zero amount", new TransferRequest("k", Reference, "d", [new(A, 0), new(B, 0)]) },
        { "same account twice", new TransferRequest("k", Reference, "d", [new(A, -1), new(A, 1)]) },
        { "empty key", TransferRequest.Move("", Reference, "d", A, B, 1) },
        { "empty reference", TransferRequest.Move("k", new BusinessReference("", ""), "d", A, B, 1) },
        { "huge amount", TransferRequest.Move("k", Reference, "d", A, B, long.MaxValue) },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void IsWellFormed_MalformedRequest_IsFalse(string because, TransferRequest request) =>
        Assert.False(TransferRules.IsWellFormed(request), because);

    [Fact]
    public void IsWellFormed_TwoLegMove_IsTrue() =>
        Assert.True(TransferRules.IsWellFormed(TransferRequest.Move("k", Reference, "d", A, B, 1)));
}
