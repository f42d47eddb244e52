using BenchmarkDotNet.Running;
using Charity.Benchmarks.Startup;

// `startup` runs the start-up harness; anything else goes to BenchmarkDotNet's switcher.
if (args is ["startup", .. var rest])
{
    return await StartupHarness.RunAsync(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(StartupHarness).Assembly).Run(args);
return 0;
