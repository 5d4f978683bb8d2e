using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Tao.Rules.Cli.Diff;

/// <summary>
/// Runs <c>git</c> as a child process with an argument list (never through a shell, so nothing in a revision or path is
/// interpreted), in a given folder, with prompts off. Output is read as bytes: rule files are decoded strictly later.
/// </summary>
internal static class GitProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The result of one git command; <see cref="Started"/> is false when git could not be run at all.</summary>
    public sealed record Result(bool Started, int ExitCode, byte[] Output, string Error)
    {
        public bool Succeeded => Started && ExitCode == 0;

        public string OutputText => Encoding.UTF8.GetString(Output);

        /// <summary>git's own complaint, one line (<c>fatal: ...</c>), for a diagnostic.</summary>
        public string Complaint => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"git exited with code {ExitCode}";
    }

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Messages in English whatever the user's locale, and never a prompt that would hang the run.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_PAGER"] = "cat";

        // Inside a git hook these point at the hook's repository (often relatively): the folder alone must decide.
        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX" })
        {
            start.Environment.Remove(variable);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            return new Result(false, -1, [], "git could not be run (is it installed and on PATH?): " + e.Message);
        }

        using (process)
        {
            process.StandardInput.Close();
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return new Result(false, -1, [], "git did not answer within 60 s");
            }

            copy.GetAwaiter().GetResult();
            return new Result(true, process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
    }
}
