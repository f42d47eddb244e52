using BenchmarkDotNet.Running;
using Charity.Benchmarks.Ledger;
using Charity.Benchmarks.Startup;

// `startup` and `ledger` run their harnesses; anything else goes to BenchmarkDotNet's switcher.
if (args is ["startup", .. var rest])
{
    return await StartupHarness.RunAsync(rest);
}

if (args is ["ledger", .. var ledgerArgs])
{
    return await LedgerThroughputHarness.RunAsync(ledgerArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(StartupHarness).Assembly).Run(args);
return 0;
