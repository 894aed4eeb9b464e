//! `claimtracker serve`: opens the store, serves the API on a loopback address by default,
//! and on SIGINT or SIGTERM drains requests, flushes the store and reports a flush failure.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;
use tokio::net::TcpListener;

use crate::grpc;
use crate::store::Store;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on. Loopback by default: exposing the service is a deliberate choice.
    #[arg(long, env = "CLAIMTRACKER_LISTEN", default_value = "127.0.0.1:50051")]
    pub listen: SocketAddr,
    /// Directory of the embedded sled store (created if missing).
    #[arg(
        long,
        env = "CLAIMTRACKER_DATA_DIR",
        default_value = "./claimtracker-data"
    )]
    pub data_dir: PathBuf,
}

pub fn run(args: ServeArgs) -> super::CliResult {
    init_logging();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(serve(args))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).init();
}

async fn serve(args: ServeArgs) -> super::CliResult {
    let data_dir = args.data_dir.clone();
    let store = tokio::task::spawn_blocking(move || Store::open(&data_dir))
        .await?
        .map_err(|e| format!("cannot open store in {}: {e}", args.data_dir.display()))?;
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    tracing::info!(
        listen = %listener.local_addr()?,
        data_dir = %args.data_dir.display(),
        "claimtracker serving"
    );
    let served = grpc::serve(store.clone(), listener, shutdown_signal()).await;
    tracing::info!("shutting down: flushing the store");
    let flushed = tokio::task::spawn_blocking(move || store.flush()).await?;
    served?;
    if let Err(e) = flushed {
        tracing::error!(error = %e, "flush on shutdown failed");
        return Err(format!("flush on shutdown failed: {e}").into());
    }
    tracing::info!("store flushed; bye");
    Ok(())
}

/// Resolves on the first SIGINT (Ctrl-C) or SIGTERM (`kill`, systemd, container stop).
async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .expect("installing a SIGTERM handler cannot fail on unix");
        tokio::select! {
            _ = interrupt => {},
            _ = terminate.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = interrupt.await;
    }
    tracing::info!("shutdown signal received");
}
