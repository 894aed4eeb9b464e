//! The `claimtracker` command line: argument parsing (clap) and one module per subcommand.

pub mod serve;

use clap::{Parser, Subcommand};

/// claimtracker: checkable claims from news articles, tracked through review.
#[derive(Debug, Parser)]
#[command(name = "claimtracker", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gRPC server on an embedded sled store.
    Serve(serve::ServeArgs),
}

/// Parses the process arguments and runs the chosen subcommand.
pub fn run() -> CliResult {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => serve::run(args),
    }
}

/// A subcommand's outcome: an error is printed once by `main`, which then exits non-zero.
pub type CliResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;
