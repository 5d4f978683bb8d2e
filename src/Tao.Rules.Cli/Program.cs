using Tao.Rules.Cli;

return TaoRulesApp.Run(args, Console.Out, Console.Error);
