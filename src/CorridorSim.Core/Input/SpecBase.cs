namespace CorridorSim.Input;

/// <summary>The base scenario of a file that builds on one (a sweep, an investment set): its <c>base</c> relative to the file's folder, the built-in baseline when absent.</summary>
internal static class SpecBase
{
    /// <summary>The base scenario, or null with its problems (and a missing file's) in <paramref name="errors"/>.</summary>
    public static Scenarios.Scenario? Load(string specPath, string? basePath, double? years, InputFile file, List<InputError> errors)
    {
        LoadResult<Scenarios.Scenario> loaded;
        if (basePath is null)
        {
            loaded = ScenarioLoader.LoadBuiltIn("baseline-2024.json", years);
        }
        else
        {
            string full = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? ".", basePath);
            if (!File.Exists(full))
            {
                file.Error("$.base", $"the base scenario \"{basePath}\" is not there: {InputFile.NotAFile(full)}", "give the scenario file's path relative to this file's folder, or leave \"base\" out for the built-in baseline.");
                return null;
            }

            loaded = ScenarioLoader.LoadFile(full, years);
        }

        errors.AddRange(loaded.Errors);
        return loaded.Value;
    }
}
