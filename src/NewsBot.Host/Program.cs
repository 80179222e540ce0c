using NewsBot.Host.Cli;

return await CliApp.RunAsync(args);
