using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Timeline.Benchmarks.ArticleBenchmarks).Assembly).Run(args);
