using BenchmarkDotNet.Running;
using Charity.Benchmarks.Matching;
using Charity.Benchmarks.Startup;

// `startup` and `matching` run scale harnesses; anything else goes to BenchmarkDotNet's switcher.
if (args is ["startup", .. var rest])
{
    return await StartupHarness.RunAsync(rest);
}

if (args is ["matching", .. var matchingArgs])
{
    return MatchingHarness.Run(matchingArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(StartupHarness).Assembly).Run(args);
return 0;
