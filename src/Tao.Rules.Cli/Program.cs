using System.Text;
using Tao.Rules.Cli;

// A buffered stdout: eval may write millions of lines, and Console.Out flushes on every write.
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
var code = TaoRulesApp.Run(args, stdout, Console.Error);
try
{
    stdout.Flush();
}
catch (IOException)
{
    // The reader went away (`tao-rules eval ... | head`): nothing more to say, and no stack trace.
}

return code;
