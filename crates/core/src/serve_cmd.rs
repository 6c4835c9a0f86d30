//! `floorcross serve`: the record over HTTP (the JSON API and the web pages), until SIGINT
//! or SIGTERM. Everything HTTP lives in `floorcross-server`; this only reads the arguments.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

#[derive(Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: crate::record_cmd::DbArgs,
    /// The address to listen on (port 0 picks a free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// A file whose first line is the bearer token that allows `POST /api/v1/documents`
    /// (at least 16 characters). Without it, writes are off.
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// The largest request body accepted, in bytes.
    #[arg(long, default_value_t = floorcross_server::DEFAULT_MAX_BODY)]
    pub max_body: usize,
    /// Writes allowed at once; one more is answered 429.
    #[arg(long, default_value_t = 1)]
    pub max_writes: usize,
    /// Reading connections to the database (queries running at once).
    #[arg(long, default_value_t = 4)]
    pub readers: usize,
}

pub fn run(args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = floorcross_server::Config::new(args.db.db.clone());
    if let Some(f) = &args.token_file {
        config.token = Some(floorcross_server::read_token_file(f)?);
    }
    config.max_body = args.max_body;
    config.max_writes = args.max_writes.max(1);
    config.readers = args.readers.max(1);
    serve(config, args.addr)
}

/// Serves `config` on `addr`, printing the URL once it listens.
pub fn serve(config: floorcross_server::Config, addr: SocketAddr) -> anyhow::Result<ExitCode> {
    let writes = if config.token.is_some() {
        "writes on, with the bearer token"
    } else {
        "read-only: no --token-file"
    };
    let db = display(&config.db);
    floorcross_server::run(config, addr, |bound| {
        println!("floorcross: serving {db} at http://{bound}/ ({writes}); the API at http://{bound}/api/v1/openapi.json; Ctrl-C stops");
    })?;
    Ok(ExitCode::SUCCESS)
}

fn display(p: &Path) -> String {
    p.display().to_string()
}
