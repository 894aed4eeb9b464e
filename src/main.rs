//! The `claimtracker` binary: parse arguments and hand over to the library's CLI.

fn main() -> std::process::ExitCode {
    match claimtracker::cli::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimtracker: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
