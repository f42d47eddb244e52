namespace Charity.Matching.Indexing;

/// <summary>A service item bucket of the index that a query looks in, with the item fit its entries get.</summary>
internal readonly record struct BucketFit(int Bucket, double Fit);
