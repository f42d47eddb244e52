using BenchmarkDotNet.Running;
using Charity.Benchmarks.Ledger;
using Charity.Benchmarks.Matching;
using Charity.Benchmarks.Startup;

// `startup`, `matching` and `ledger` run scale harnesses; anything else goes to BenchmarkDotNet's switcher.
if (args is ["startup", .. var rest])
{
    return await StartupHarness.RunAsync(rest);
}

if (args is ["matching", .. var matchingArgs])
{
    return MatchingHarness.Run(matchingArgs);
}

if (args is ["ledger", .. var ledgerArgs])
{
    return await LedgerThroughputHarness.RunAsync(ledgerArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(StartupHarness).Assembly).Run(args);
return 0;
