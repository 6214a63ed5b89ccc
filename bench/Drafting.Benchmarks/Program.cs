using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Drafting.Benchmarks.ImportBenchmarks).Assembly).Run(args);
