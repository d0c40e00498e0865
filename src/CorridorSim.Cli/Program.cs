using CorridorSim.Cli;

return CorridorSimCommand.Invoke(args, Console.Out, Console.Error);
