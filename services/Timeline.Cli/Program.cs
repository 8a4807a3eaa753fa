using System.CommandLine;
using System.Text;
using Timeline.Cli.Evaluation;
using Timeline.Cli.Extracting;
using Timeline.Cli.Importing;
using Timeline.Cli.Subscribing;
using Timeline.Cli.Tagging;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("Timeline: dated diplomatic events from news articles.")
{
    TagCommand.Create(),
    ExtractCommand.Create(),
    EvaluateCommand.Create(),
    ImportCommand.Create(),
    SubscribeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
