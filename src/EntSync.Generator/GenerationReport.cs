using EntSync.Generator.Model;

namespace EntSync.Generator;

/// <summary>What a generation produced: the schools (after injections) and every file written.</summary>
public sealed record GenerationReport(IReadOnlyList<GeneratedSchool> Schools, IReadOnlyList<string> Files);
